/**
 * Lexicon block: mathematics, statistics and information theory as used in ML papers.
 * Format: `../parse.ts`.
 * @module
 */
export const text = `
# === Linear algebra
linear-algebra | linear algebra; matrix; matrices; vector space | линейная алгебра; матрица; матрицы; векторное пространство | 线性代数; 矩阵; 向量空间
matrix-factorization > linear-algebra | matrix factorization; matrix decomposition; factorization | факторизация матриц; разложение матрицы; матричное разложение | 矩阵分解; 因式分解
low-rank > linear-algebra | low-rank; low rank; matrix rank; high-rank | низкоранг*; низкий ранг; ранг матрицы; высокий ранг | 低秩; 矩阵秩; 高秩
svd > matrix-factorization | singular value decomposition; SVD; singular values | сингулярное разложение; сингулярные значения | 奇异值分解; 奇异值 | SVD
eigenvalue > linear-algebra | eigenvalue; eigenvector; spectral decomposition | собственное значение; собственный вектор; спектральное разложение | 特征值; 特征向量; 谱分解
tensor > linear-algebra | tensor; tensors; tensor decomposition | тензор; тензоры; тензорное разложение | 张量; 张量分解
orthogonal > linear-algebra | orthogonal; orthogonality; orthonormal | ортогональн*; ортонормированн* | 正交; 正交性
norm > linear-algebra | norm; L1 norm; L2 norm; Frobenius norm | норма; норма L1; норма L2; норма Фробениуса | 范数
inner-product > linear-algebra | inner product; dot product; outer product | скалярное произведение; внутреннее произведение; внешнее произведение | 内积; 点积; 外积
kernel > linear-algebra | kernel; kernels; kernel function | ядро; ядра; ядерная функция | 核函数; 内核
projection > linear-algebra | projection; linear projection; random projection | проекция; линейная проекция; случайная проекция | 投影; 线性投影; 随机投影
sparse-matrix > sparsity, linear-algebra | sparse matrix; sparse matrices | разреженная матрица; разреженные матрицы | 稀疏矩阵

# === Calculus and optimisation maths
calculus | calculus; derivative; integral; differentiation | математический анализ; производная; интеграл*; дифференцирование | 微积分; 导数; 积分; 微分
differential-equation > calculus | differential equation; ordinary differential equation; partial differential equation; PDE | дифференциальное уравнение; уравнение в частных производных | 微分方程; 常微分方程; 偏微分方程 | PDE; PDEs; ODE
convex-optimization > optimization-math | convex optimization; convexity; convex | выпуклая оптимизация; выпуклость; выпукл* | 凸优化; 凸性
optimization-math | mathematical optimization; optimization problem; constrained optimization | математическая оптимизация; задача оптимизации; условная оптимизация | 数学优化; 优化问题; 约束优化
non-convex > optimization-math | non-convex; nonconvex; local minima; saddle point | невыпукл*; локальные минимумы; седловая точка | 非凸; 局部最小值; 鞍点
lagrangian > optimization-math | Lagrangian; Lagrange multiplier; duality | лагранжиан*; множитель Лагранжа; двойственность | 拉格朗日; 拉格朗日乘子; 对偶
combinatorial-optimization > optimization-math | combinatorial optimization; integer programming; traveling salesman | комбинаторная оптимизация; целочисленное программирование; задача коммивояжера | 组合优化; 整数规划; 旅行商
evolutionary-algorithm > optimization-math | evolutionary algorithm; genetic algorithm; evolution strategies; evolutionary | эволюционный алгоритм; генетический алгоритм; эволюционн* | 进化算法; 遗传算法; 进化策略
bayesian-optimization > optimization-math, bayesian-model | Bayesian optimization; black-box optimization | байесовская оптимизация; оптимизация черного ящика | 贝叶斯优化; 黑盒优化
zeroth-order > optimization-math | zeroth-order optimization; derivative-free; gradient-free | оптимизация нулевого порядка; безградиентн* | 零阶优化; 无梯度
fixed-point > optimization-math | fixed point; fixed-point iteration; contraction | неподвижная точка; итерация неподвижной точки | 不动点; 不动点迭代
numerical-methods > calculus | numerical methods; numerical solver; ODE solver; numerical integration | численные методы; численный решатель; численное интегрирование | 数值方法; 数值求解器; 数值积分

# === Probability and statistics
probability | probability; probabilistic; probability distribution | вероятность; вероятностн*; распределение вероятностей | 概率; 概率分布; 概率性
distribution > probability | distribution; distributions; data distribution | распределение; распределения; распределение данных | 分布; 数据分布
gaussian-distribution > distribution | Gaussian distribution; normal distribution; Gaussian noise | нормальное распределение; гауссово распределение; гауссов шум | 高斯分布; 正态分布; 高斯噪声
likelihood > probability | likelihood; maximum likelihood; log-likelihood | правдоподобие; максимальное правдоподобие; логарифм правдоподобия | 似然; 最大似然; 对数似然 | MLE
kl-divergence > information-theory | KL divergence; Kullback-Leibler divergence; divergence | дивергенция Кульбака-Лейблера; KL-дивергенция; дивергенция | 相对熵; 散度 | KL
sampling > probability | sampling; sampler; Monte Carlo | сэмплирование; выборка; семплирование; Монте-Карло | 采样; 抽样; 蒙特卡洛
mcmc > sampling | Markov chain Monte Carlo; MCMC; Langevin dynamics; Gibbs sampling | марковская цепь Монте-Карло; динамика Ланжевена; сэмплирование Гиббса | 马尔可夫链蒙特卡洛; 朗之万动力学; 吉布斯采样 | MCMC
variational-inference > bayesian-model | variational inference; ELBO; evidence lower bound; variational | вариационный вывод; нижняя граница правдоподобия; вариационн* | 变分推断; 证据下界; 变分 | ELBO; VI
stochastic-process > probability | stochastic process; random process; Brownian motion; SDE; stochastic differential equation | случайный процесс; стохастический процесс; броуновское движение; стохастическое дифференциальное уравнение | 随机过程; 布朗运动; 随机微分方程 | SDE; SDEs
statistics | statistics; statistical; statistical analysis | статистика; статистическ*; статистический анализ | 统计; 统计学; 统计分析
hypothesis-testing > statistics | hypothesis testing; p-value; null hypothesis | проверка гипотез; p-значение; нулевая гипотеза | 假设检验; 显著性水平; 零假设
causal-inference > statistics | causal inference; causality; causal; counterfactual; treatment effect | причинно-следственный вывод; причинность; каузальн*; контрфактическ*; эффект воздействия | 因果推断; 因果; 反事实; 处理效应
correlation > statistics | correlation; correlated; covariance | корреляция; коррелир*; ковариация | 相关性; 相关; 协方差
variance > statistics | variance; standard deviation; expected value | дисперсия; стандартное отклонение; математическое ожидание | 方差; 标准差; 期望; 均值
estimation > statistics | estimation; estimator; parameter estimation | оценивание параметров; оценщик; оценка параметров | 参数估计; 估计器
bootstrap > statistics | bootstrap; resampling; cross-validation | бутстрап; повторная выборка; перекрестная проверка; кросс-валидация | 自助法; 重采样; 交叉验证
conformal-prediction > uncertainty | conformal prediction; prediction sets | конформное предсказание; множества предсказаний | 保形预测; 共形预测
survival-analysis > statistics | survival analysis; time-to-event | анализ выживаемости | 生存分析
optimal-transport > probability | optimal transport; Wasserstein distance; Wasserstein; earth mover's distance | оптимальный транспорт; расстояние Вассерштейна | 最优传输; 瓦瑟斯坦距离 | OT
random-walk > stochastic-process | random walk; random walks | случайное блуждание; случайные блуждания | 随机游走
markov-chain > stochastic-process | Markov chain; Markov chains; Markov property | марковская цепь; марковские цепи; марковское свойство; цепь Маркова; цепи Маркова | 马尔可夫链; 马尔可夫性质

# === Information theory and signal processing
information-theory | information theory; entropy; mutual information; information-theoretic | теория информации; энтропия; взаимная информация; теоретико-информационн* | 信息论; 信息熵; 互信息
signal-processing | signal processing; wavelet; digital filter | обработка сигналов; вейвлет; цифровой фильтр | 信号处理; 滤波; 小波
rate-distortion > compression, information-theory | rate-distortion; rate distortion; entropy coding | скорость-искажение; энтропийное кодирование | 率失真; 熵编码
noise > signal-processing | noise; noisy; noise level; additive noise | шум; зашумленн*; зашумлённ*; уровень шума | 噪声; 噪音; 噪声水平
band-split > audio | band-split; frequency bands; subband; band-sequence | разделение на полосы; частотные полосы; поддиапазон | 频带分割; 频带; 子带

# === Geometry and topology
geometry | geometry; geometric; manifold; manifolds | геометрия; геометрическ*; многообразие; многообразия | 几何; 几何学; 流形
hyperbolic > geometry | hyperbolic space; hyperbolic embedding; Riemannian | гиперболическое пространство; гиперболическ*; риманов* | 双曲空间; 双曲嵌入; 黎曼
topology > geometry | topology; topological; persistent homology | топология; топологическ*; персистентные гомологии | 拓扑; 拓扑学; 持续同调
graph-theory | graph theory; graph; graphs; nodes and edges | теория графов; граф; графы; вершины и ребра | 图论; 节点和边
symmetry > geometry | symmetry; symmetric; group theory | симметрия; симметричн*; теория групп | 对称; 对称性; 群论
rotation > geometry | rotation; rotations; rotation group; quaternion | вращение; поворот; кватернион | 旋转; 四元数
coordinate > geometry | coordinates; coordinate system; spatial coordinates | координаты; система координат | 坐标; 坐标系

# === Mathematics as a domain
math-word-problem > math-reasoning | math word problems; word problems; arithmetic | текстовые задачи; арифметика; арифметическ* | 数学应用题; 应用题; 算术
theorem-proving > math-reasoning, logical-reasoning | theorem proving; formal proof; proof assistant; automated theorem proving | доказательство теорем; формальное доказательство; помощник доказательства | 定理证明; 形式化证明; 证明助手
geometry-problem > math-reasoning | geometry problems; geometric reasoning; olympiad geometry | геометрические задачи; геометрические рассуждения | 几何问题; 几何推理
olympiad > math-reasoning | olympiad; competition math; math competition; AIME | олимпиада; олимпиадн*; математическая олимпиада | 奥赛; 奥林匹克; 数学竞赛 | AIME; IMO
symbolic-math > math-reasoning | symbolic computation; symbolic regression; equation discovery | символьные вычисления; символьная регрессия; открытие уравнений | 符号计算; 符号回归; 方程发现
math-dataset > math-reasoning, dataset | mathematical dataset; math corpus; math pre-training; WebMath | математический датасет; математический корпус | 数学数据集; 数学语料 | GSM8K; MATH
formal-language > linguistics | formal language; formal grammar; automata | формальный язык; формальная грамматика; конечный автомат; автомат | 形式语言; 形式文法; 自动机
complexity-theory > theoretical-analysis | computational complexity; NP-hard; polynomial time | NP-трудн*; полиномиальное время | 计算复杂度; 非确定性多项式; 多项式时间
chaos > theoretical-analysis | chaos; edge of chaos; chaotic; cellular automata | хаос; грань хаоса; хаотическ*; клеточные автоматы | 混沌; 混沌边缘; 元胞自动机
`;
