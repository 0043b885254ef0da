/**
 * Lexicon block (second round): mathematics, statistics, theory and classical machine learning not in
 * the first blocks. Format: `../parse.ts`; how entries were checked: `../REVIEW.md`.
 * @module
 */
export const text = `
# === Statistics and probability
bayesian-inference > bayesian-model | posterior inference; posterior distribution | апостериорный вывод; апостериорное распределение | 后验推断; 后验分布
prior-distribution > bayesian-model | prior distribution | априорное распределение | 先验分布
bayesian-neural-network > bayesian-model, neural-network | Bayesian neural networks; Bayesian deep learning | байесовские нейронные сети; байесовское глубокое обучение | 贝叶斯神经网络; 贝叶斯深度学习 | BNN
monte-carlo > sampling, estimation | Monte Carlo sampling; Monte Carlo estimation | метод Монте-Карло | 蒙特卡罗
langevin > mcmc | Langevin sampling; Hamiltonian Monte Carlo | гамильтонов Монте-Карло | 哈密顿蒙特卡洛 | HMC
expectation-maximization > estimation, algorithm | expectation-maximization; EM algorithm | алгоритм максимизации ожидания; EM-алгоритм | 期望最大化; 期望最大化算法
mixture-model > density-estimation | mixture model; Gaussian mixture model; GMM | смесь распределений; гауссова смесь | 高斯混合模型 | GMM
kernel-density > density-estimation, kernel | kernel density estimation; KDE | ядерная оценка плотности | 核密度估计 | KDE
sequential-monte-carlo > sampling, signal-processing | sequential Monte Carlo; particle filter; particle filtering | последовательный метод Монте-Карло; фильтр частиц | 序贯蒙特卡洛; 粒子滤波
kalman-filter > signal-processing, estimation | Kalman filter; state estimation | фильтр Калмана | 卡尔曼滤波
causal-discovery > causal-inference | causal discovery; causal graph; causal structure learning | обнаружение причинно-следственных связей; причинный граф; обучение причинной структуры | 因果发现; 因果图; 因果结构学习
treatment-effect > causal-inference | average treatment effect | средний эффект воздействия | 平均处理效应 | ATE
confounding > causal-inference | confounders; confounding; instrumental variables | конфаундеры; смешивающие факторы; инструментальные переменные | 混杂因素; 工具变量
ab-testing > hypothesis-testing | A/B testing; online experiments; randomized controlled trial | A/B-тестирование; онлайн-эксперименты; рандомизированное контролируемое исследование | 在线实验; 随机对照试验 | RCT
regression-analysis > statistics, regression, linear-model | regression analysis | регрессионный анализ | 回归分析
time-series-analysis > time-series, statistics, autoregressive-model | autoregressive models for time series; ARIMA; seasonality | авторегрессионные модели временных рядов; сезонность | 季节性; 差分整合移动平均 | ARIMA
extreme-value > statistics | extreme values; extreme events; tail risk | экстремальные значения; экстремальные события; хвостовой риск | 极端事件; 尾部风险
entropy > information-theory, cross-entropy | cross-entropy minimization; Shannon entropy | энтропия Шеннона | 香农熵
mutual-information > information-theory | information bottleneck | информационное бутылочное горлышко | 信息瓶颈
minimum-description-length > information-theory, compression | minimum description length; Kolmogorov complexity; compression as intelligence | минимальная длина описания; колмогоровская сложность | 最小描述长度; 柯尔莫哥洛夫复杂度 | MDL
wasserstein > optimal-transport | Wasserstein distance; earth mover's distance | расстояние Вассерштейна | 推土机距离
divergence-measures > kl-divergence | f-divergence; Jensen-Shannon divergence; Rényi divergence | f-дивергенция; дивергенция Йенсена-Шеннона | 詹森香农散度
# === Optimisation and numerical mathematics
linear-programming > convex-optimization, combinatorial-optimization | linear programming; mixed-integer | линейное программирование | 线性规划; 混合整数规划 | MILP
quadratic-programming > convex-optimization | quadratic programming; semidefinite programming | квадратичное программирование; полуопределённое программирование | 二次规划; 半定规划
bilevel-optimization > optimization-math | bilevel optimization; nested optimization | двухуровневая оптимизация; вложенная оптимизация | 双层优化
minimax > optimization-math, game-theory | minimax; min-max optimization; saddle-point problems | минимакс; минимаксная оптимизация | 极小极大; 最小最大优化
distributed-optimization > optimization-math | distributed optimization; decentralized optimization; consensus optimization | распределённая оптимизация; децентрализованная оптимизация | 分布式优化; 去中心化优化
stochastic-optimization > optimization-math | stochastic optimization; variance reduction | стохастическая оптимизация; снижение дисперсии | 随机优化; 方差缩减
derivative-free > zeroth-order | derivative-free optimization | безградиентная оптимизация | 无导数优化
genetic-algorithm > evolutionary-algorithm | genetic programming | генетическое программирование; эволюционные стратегии | 遗传编程
simulated-annealing > combinatorial-optimization | simulated annealing; local search | имитация отжига; локальный поиск | 模拟退火; 局部搜索
routing-problems > combinatorial-optimization, transportation | vehicle routing; traveling salesman problem; TSP | задача маршрутизации транспорта | 车辆路径问题; 旅行商问题 | TSP; VRP
graph-matching > combinatorial-optimization, graph-theory, algorithm | graph matching; assignment problem; Hungarian algorithm | сопоставление графов; задача о назначениях; венгерский алгоритм | 图匹配; 指派问题; 匈牙利算法
finite-element > numerical-methods | finite element method; finite elements; mesh-based simulation | метод конечных элементов; конечные элементы | 有限元方法; 有限元 | FEM
interpolation > numerical-methods | interpolation; spline | интерполяция; сплайн | 插值; 样条
fourier-transform > signal-processing, fourier-features | spectral analysis; FFT | спектральный анализ | 频谱分析 | FFT
wavelet > signal-processing | wavelet transform; wavelets | вейвлет-преобразование; вейвлеты | 小波变换
graph-laplacian > graph-theory, linear-algebra, clustering | graph Laplacian; spectral graph theory; spectral clustering | лапласиан графа; спектральная теория графов; спектральная кластеризация | 图拉普拉斯; 谱图理论; 谱聚类
random-matrix > linear-algebra | random matrix theory; random matrices | теория случайных матриц; случайные матрицы | 随机矩阵理论; 随机矩阵
differential-geometry > geometry | differential geometry; Riemannian manifold; Riemannian geometry | дифференциальная геометрия; риманово многообразие; риманова геометрия | 微分几何; 黎曼流形; 黎曼几何
lie-group > symmetry | Lie group; Lie groups | группа Ли; группы Ли | 李群
category-theory > formal-language | category theory; type theory | теория категорий; теория типов | 范畴论; 类型论
dynamical-systems > differential-equation | dynamical systems; dynamical system; attractors; stability analysis | динамические системы; динамическая система; аттракторы; анализ устойчивости | 动力系统; 吸引子; 稳定性分析
control-theory > control | control theory; Lyapunov; stability guarantees | теория управления; функция Ляпунова; гарантии устойчивости | 控制理论; 李雅普诺夫; 稳定性保证
# === Learning theory
regret-bound > online-convex | no-regret | регрет; граница регрета | 后悔值
approximation-theory > expressivity, function-approximation | approximation theory; approximation error | теория аппроксимации; ошибка аппроксимации | 万能逼近; 逼近理论; 逼近误差
statistical-learning > learning-theory | empirical risk minimization; ERM | минимизация эмпирического риска | 经验风险最小化 | ERM
benign-overfitting > overfitting, learning-theory | benign overfitting; interpolation regime; overparameterization | доброкачественное переобучение; перепараметризация | 良性过拟合; 过参数化
feature-learning-theory > learning-theory, representation-learning | feature learning theory; lazy regime; rich regime | ленивый режим; богатый режим | 惰性区; 丰富区
transformer-theory > learning-theory, transformer | theory of transformers; transformer expressivity; circuit complexity | теория трансформеров; выразительность трансформеров | 变换器理论; 变换器表达能力
optimization-theory > learning-theory, optimization-math, training-dynamics | optimization theory; convergence analysis; convergence guarantees | теория оптимизации; анализ сходимости; гарантии сходимости | 优化理论; 收敛分析; 收敛保证
privacy-theory > differential-privacy, learning-theory | privacy accounting; privacy budget | учёт приватности; бюджет приватности | 隐私预算; 隐私核算
# === Classical machine learning
random-forest > decision-tree, ensemble-learning | random forests | случайные леса | 随机森林
gradient-boosting > decision-tree, ensemble-learning | gradient boosting; XGBoost; LightGBM; boosted trees | градиентный бустинг; бустинг | 提升树
k-means > clustering | k-means clustering; centroids | метод k-средних; кластеризация k-средних; центроиды | 聚类中心
hierarchical-clustering > clustering | hierarchical clustering; agglomerative clustering; DBSCAN | иерархическая кластеризация; агломеративная кластеризация | 层次聚类; 凝聚聚类
naive-bayes > bayesian-model, classification | naive Bayes | наивный байесовский классификатор | 朴素贝叶斯
logistic-classifier > linear-model, classification | logistic classifier; perceptron | линейный классификатор; персептрон; перцептрон | 线性分类器; 感知机
kernel-methods > kernel, svm | kernel methods; kernel trick; reproducing kernel Hilbert space; RKHS | ядерные методы; ядерный трюк; гильбертово пространство с воспроизводящим ядром | 核技巧; 再生核希尔伯特空间 | RKHS
feature-selection > feature-engineering | feature importance | важность признаков | 特征重要性
outlier-detection > anomaly-detection, open-set-recognition | outlier detection; novelty detection | обнаружение новизны | 异常值检测; 新颖性检测
matrix-completion > matrix-factorization, collaborative-filtering | matrix completion; collaborative filtering matrix | восстановление матриц; заполнение матрицы | 矩阵补全
tensor-decomposition > tensor, matrix-factorization | tensor factorization; tensor network | тензорная факторизация; тензорная сеть | 张量网络
`;
