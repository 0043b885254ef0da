/**
 * Lexicon block (third round: training, optimisation, architecture components, LLM-era methods, statistics and classical ML, learning paradigms and named model families with a Chinese name of their own).
 * Format: `../parse.ts`; how entries were written and checked: `../REVIEW.md`.
 * @module
 */
export const text = `
# === Optimisation and training details
lamb-optimizer > adaptive-optimizer, large-batch | LAMB optimizer; layer-wise adaptive moments | оптимизатор LAMB | 逐层自适应矩优化器
muon-optimizer > optimizer | Muon optimizer | оптимизатор Muon | 缪子优化器
schedule-free > optimizer, learning-rate-schedule | schedule-free optimization; schedule-free optimizer | оптимизация без расписания | 无调度优化
one-cycle > learning-rate-schedule | one-cycle policy; one cycle learning rate | политика одного цикла | 单周期学习率
cyclical-lr > learning-rate-schedule | cyclical learning rate; cyclic learning rate | циклическая скорость обучения | 循环学习率
lr-finder > learning-rate | learning rate finder; learning rate range test | подбор скорости обучения | 学习率搜索
gradient-penalty > regularization | gradient penalty | штраф на градиент; градиентный штраф | 梯度惩罚
adaptive-norm > normalization | adaptive layer normalization; adaptive normalization; AdaLN; AdaIN; adaptive instance normalization | адаптивная нормализация; адаптивная нормализация слоя | 自适应归一化; 自适应层归一化; 自适应实例归一化 | AdaLN; AdaIN
qk-norm > normalization, attention | QK normalization; query-key normalization; QK-Norm | нормализация запросов и ключей | 查询键归一化
l1-regularization > regularization | L1 regularization; lasso penalty; lasso regression | L1-регуляризация; лассо-регрессия | 一范数正则化; 套索回归
elastic-net > regularization, linear-model | elastic net | эластичная сеть | 弹性网络
cutout > data-augmentation-vision | cutout augmentation; cut-and-paste augmentation | аугментация CutMix; вырезание фрагментов | 剪切混合; 随机遮挡增强
mosaic-augmentation > data-augmentation-vision | mosaic augmentation | мозаичная аугментация | 马赛克增强
spec-augment > data-augmentation, speech-recognition | SpecAugment; spectrogram augmentation | аугментация спектрограмм | 频谱增强 | SpecAugment
token-dropout > dropout | token dropout; word dropout | дропаут токенов | 词元丢弃
attention-dropout > dropout, attention | attention dropout | дропаут внимания | 注意力丢弃
dice-loss > loss-function, segmentation | Dice loss; Dice coefficient loss | функция потерь Dice | 骰子损失; 戴斯损失
huber-loss > loss-function, regression | Huber loss; smooth L1 loss | функция потерь Хьюбера | 胡伯损失; 平滑一范数损失
l1-loss > loss-function | L1 loss; mean absolute error loss | L1-функция потерь | 一范数损失; 平均绝对误差损失
bce-loss > cross-entropy, binary-classification | binary cross-entropy; BCE loss | бинарная кросс-энтропия | 二元交叉熵 | BCE
nll-loss > loss-function, likelihood | negative log-likelihood loss; NLL loss | отрицательное логарифмическое правдоподобие | 负对数似然 | NLL
cosine-similarity-loss > loss-function, similarity | cosine similarity loss; cosine embedding loss | косинусная функция потерь | 余弦相似度损失
ssim-loss > loss-function, image-quality | SSIM loss | индекс структурного сходства | 结构相似度
wasserstein-loss > wasserstein, adversarial-loss | Wasserstein loss; WGAN loss | функция потерь Вассерштейна; расстояние перемещения земли | 瓦瑟斯坦损失 | WGAN
z-loss > loss-function, training-stability | z-loss; auxiliary z-loss | z-лосс; вспомогательный z-лосс | 对数归一化损失
load-balancing-loss > moe, auxiliary-loss | load balancing loss; auxiliary load balancing loss | функция потерь балансировки нагрузки | 负载均衡损失
commitment-loss > vq-vae, loss-function | commitment loss | функция потерь привязки | 承诺损失
span-corruption > denoising-objective, t5-family | span corruption; span masking | порча фрагментов; маскирование фрагментов | 片段遮蔽; 跨度损坏
causal-language-modeling > language-model | causal language modeling; autoregressive language modeling | каузальное языковое моделирование; авторегрессионное языковое моделирование | 因果语言建模; 自回归语言建模 | CLM
sequence-packing > training, batching | sequence packing; example packing | упаковка последовательностей | 序列打包
curriculum-data > curriculum-learning, data-selection | data curriculum; curriculum data ordering | учебный план данных | 数据课程
wsd-schedule > learning-rate-schedule | warmup-stable-decay; WSD schedule | расписание WSD | 预热稳定衰减
loss-plateau > training-dynamics | loss plateau; training plateau | плато функции потерь | 损失平台期
sharp-minima > loss-landscape | sharp minima; flatness of minima | острые минимумы | 尖锐极小值
edge-of-stability > training-dynamics, optimization-theory | edge of stability | край устойчивости | 稳定性边缘
lazy-training > neural-tangent-kernel | lazy training regime | ленивый режим обучения | 惰性训练
population-based-training > hyperparameter-search | population based training | популяционное обучение | 基于种群的训练 | PBT
# === Architecture components
sigmoid > activation-function | sigmoid function; logistic sigmoid | сигмоида; сигмоидная функция | 乙状函数; 逻辑函数
tanh > activation-function | hyperbolic tangent; tanh activation | гиперболический тангенс | 双曲正切
leaky-relu > relu | leaky ReLU; PReLU; parametric ReLU | ReLU с утечкой; параметрический ReLU | 泄漏线性整流; 带泄露修正线性单元 | PReLU
multi-head-latent-attention > efficient-attention, kv-cache-compression | multi-head latent attention; MLA | многоголовое латентное внимание | 多头潜在注意力
differential-attention > attention | differential attention; differential transformer | дифференциальное внимание | 差分注意力
attention-bias > attention | attention bias; relative attention bias | смещение внимания | 注意力偏置
absolute-position > positional-encoding | absolute position embedding; learned position embedding | абсолютное позиционное кодирование | 绝对位置编码
nope-position > positional-encoding | no positional encoding; NoPE | без позиционного кодирования | 无位置编码 | NoPE
position-interpolation > context-extension, rope | position interpolation; YaRN; NTK-aware scaling | интерполяция позиций | 位置插值 | YaRN
axial-attention > efficient-attention | axial attention | осевое внимание | 轴向注意力
window-attention > efficient-attention | window attention; shifted window attention | оконное внимание | 窗口注意力
global-attention > attention | global attention; global tokens | глобальное внимание | 全局注意力
cross-frame-attention > attention, video | cross-frame attention; temporal attention | межкадровое внимание; временное внимание | 跨帧注意力; 时间注意力
bottleneck-block > residual-connection | bottleneck block; inverted residual block | блок с узким горлом; инвертированный остаточный блок | 瓶颈块; 倒残差块
mbconv > lightweight-architecture | MBConv; inverted residuals | архитектура MobileNet | 移动网络 | MobileNetV2; MBConv
shufflenet > lightweight-architecture | ShuffleNet; channel shuffle | архитектура ShuffleNet; перемешивание каналов | 通道混洗 | ShuffleNet
inception-net > convolutional-network | Inception network; GoogLeNet | сеть Inception | 谷歌网络; 启发网络 | GoogLeNet
fpn-neck > feature-pyramid | neck network; detection neck; PANet | шейка детектора | 颈部网络; 检测颈部 | PANet
detection-head > object-detection, output-head | detection head; decoupled head | детекционная голова | 检测头; 解耦头
lm-head > output-head, language-model | language modeling head; unembedding layer | языковая голова модели; слой разэмбеддинга | 语言模型头; 反嵌入层
tied-embeddings > embedding-layer, weight-sharing | tied embeddings; weight tying | связанные эмбеддинги; связывание весов | 权重绑定; 共享嵌入
parallel-attention-block > transformer | parallel attention and feed-forward; parallel transformer block | параллельный блок трансформера | 并行注意力块
sandwich-norm > layer-norm | sandwich normalization; peri-layer normalization | сэндвич-нормализация | 三明治归一化
soft-moe > moe | soft mixture of experts; Soft MoE | мягкая смесь экспертов | 软混合专家
fine-grained-experts > moe | fine-grained experts; shared experts | мелкозернистые эксперты; общие эксперты | 细粒度专家; 共享专家
expert-parallelism > parallelism, moe | expert parallelism | экспертный параллелизм | 专家并行
capsule-routing > capsule-network | dynamic routing between capsules | динамическая маршрутизация капсул | 胶囊动态路由
hierarchical-transformer > transformer | hierarchical transformer | иерархический трансформер | 分层变换器; 层次化变换器
memory-augmented > memory-mechanism | memory-augmented neural network | нейросеть с внешней памятью | 记忆增强网络
neural-turing-machine > memory-augmented | neural Turing machine; differentiable neural computer | нейронная машина Тьюринга | 神经图灵机; 可微神经计算机
# === LLM-era methods
thinking-budget > test-time-compute | thinking budget; reasoning budget; budget forcing | бюджет рассуждений | 思考预算; 推理预算
reasoning-trace > chain-of-thought | reasoning traces; reasoning chains | трассы рассуждений; цепочки рассуждений | 推理轨迹; 推理链
rationale-distillation > distillation, chain-of-thought | rationale distillation; chain-of-thought distillation; distilling step-by-step | дистилляция рассуждений | 思维链蒸馏; 推理蒸馏
step-back > prompting | step-back prompting; abstraction prompting | подсказки с шагом назад | 后退提示
react-agent > llm-agent, tool-use | ReAct; reasoning and acting | парадигма ReAct; рассуждение и действие | 推理与行动 | ReAct
mcp > tool-use, api | Model Context Protocol; MCP server | протокол контекста модели | 模型上下文协议
agent-trajectory > llm-agent, trajectory | agent trajectories; interaction trajectories | траектории агента | 智能体轨迹; 交互轨迹
agent-tuning > llm-agent, fine-tuning | agent tuning; agentic fine-tuning | дообучение агентов | 智能体微调
self-reflection-agent > reflection-agent | Reflexion; verbal reinforcement | саморефлексия агента; вербальное подкрепление | 语言强化 | Reflexion
retrieval-granularity > rag, chunking | retrieval granularity; chunk size; passage chunking | гранулярность поиска; размер фрагментов | 检索粒度; 分块大小
corrective-rag > rag | corrective RAG; self-RAG; adaptive retrieval | адаптивный поиск; корректирующий RAG | 自适应检索; 纠正式检索增强
agentic-rag > rag, llm-agent | agentic RAG; iterative retrieval | агентный RAG; итеративный поиск | 智能体检索增强; 迭代检索
long-context-vs-rag > rag, long-context | long context versus retrieval | длинный контекст против поиска | 长上下文与检索对比
citation-accuracy > citation-generation, factuality | citation accuracy; attribution to sources; grounded citations | точность цитирования | 引用准确性
attributed-qa > citation-generation, question-answering | attributed question answering; answers with citations | ответы со ссылками на источники | 带引用问答
hallucination-detection > hallucination | hallucination detection; detecting hallucinations | обнаружение галлюцинаций | 幻觉检测
hallucination-mitigation > hallucination | hallucination mitigation; reducing hallucinations | снижение галлюцинаций; борьба с галлюцинациями | 幻觉缓解; 减少幻觉
semantic-entropy > uncertainty-llm, entropy | semantic entropy | семантическая энтропия | 语义熵
llm-bias > social-bias, llm | bias in language models; LLM bias | предвзятость языковых моделей | 大模型偏见; 语言模型偏见
llm-persuasion > persuasion | LLM persuasion; persuasive language models | убеждение языковыми моделями | 大模型说服
emergent-misalignment > alignment, ai-risk | emergent misalignment; deceptive alignment; alignment faking | обманчивое выравнивание; имитация выравнивания | 欺骗性对齐; 对齐伪装
scheming > deception, ai-risk | scheming behaviour; scheming behavior; strategic deception | стратегический обман; интриги моделей | 策略性欺骗
power-seeking > ai-risk | power-seeking behaviour; power-seeking behavior | стремление к власти | 权力寻求
shutdown-resistance > ai-risk | shutdown resistance; corrigibility | исправимость; сопротивление отключению | 可纠正性; 抗关机
model-organisms > alignment | model organisms of misalignment; sleeper agents | спящие агенты | 沉睡智能体; 潜伏智能体
refusal-direction > refusal, representation-engineering | refusal direction; refusal vector | направление отказа | 拒绝方向
feature-visualization > interpretability | feature visualization; neuron visualization | визуализация признаков; визуализация нейронов | 特征可视化; 神经元可视化
knowledge-neurons > knowledge-editing, mechanistic-interpretability | knowledge neurons; knowledge localization | нейроны знаний; локализация знаний | 知识神经元; 知识定位
world-model-llm > world-model, llm | world models in LLMs; internal world model | модель мира в языковой модели | 大模型世界模型; 内部世界模型
in-context-rl > in-context-learning, reinforcement-learning | in-context reinforcement learning; algorithm distillation | обучение с подкреплением в контексте | 上下文强化学习
many-shot-jailbreak > jailbreak, many-shot | many-shot jailbreaking | многопримерный джейлбрейк | 多样本越狱
system-prompt-leakage > system-prompt, privacy | system prompt extraction; prompt leakage | утечка системного промпта | 系统提示泄露; 提示词窃取
llm-unlearning-eval > unlearning-llm | unlearning evaluation; TOFU benchmark; WMDP | оценка разобучения | 遗忘评估 | TOFU; WMDP
data-contamination-detection > contamination | contamination detection; membership of benchmark data | обнаружение загрязнения данных | 数据污染检测
persona-driven-data > synthetic-data, persona | persona-driven data synthesis | синтез данных на основе персон | 基于人设的数据合成
math-synthetic > synthetic-data, math-dataset | synthetic math data; math data synthesis | синтетические математические данные | 合成数学数据
code-synthetic > synthetic-data, code-data | synthetic code data; code instruction data | синтетические данные кода | 合成代码数据
reward-model-ensemble > reward-model | reward model ensemble; ensemble reward models | ансамбль моделей вознаграждения | 奖励模型集成
generative-reward-model > reward-model, llm-as-judge | generative reward model | генеративная модель вознаграждения | 生成式奖励模型
online-dpo > preference-optimization, iterative-alignment | online DPO; on-policy preference optimization | онлайн-DPO | 在线直接偏好优化
lookahead-decoding > parallel-decoding | lookahead decoding; Jacobi decoding | упреждающее декодирование; декодирование Якоби | 前瞻解码; 雅可比解码
chunked-prefill > prefill, serving | chunked prefill; prefill-decode disaggregation | фрагментированный префилл | 分块预填充; 预填充解码分离
activation-sparsity > sparsity, inference-acceleration | activation sparsity; contextual sparsity | разреженность активаций | 激活稀疏
unstructured-pruning > pruning | unstructured pruning; magnitude pruning; SparseGPT; Wanda | неструктурированный прунинг; прунинг по величине | 非结构化剪枝; 幅值剪枝 | SparseGPT; Wanda
low-rank-compression > model-compression, low-rank | low-rank compression; low-rank factorization of weights | низкоранговое сжатие | 低秩压缩; 低秩分解
vocabulary-pruning > vocabulary, model-compression | vocabulary trimming; vocabulary pruning | сокращение словаря | 词表裁剪
on-policy-distillation > knowledge-distillation-llm | on-policy distillation; generalized knowledge distillation | дистилляция на собственной политике | 在策略蒸馏
llm-merging-evolution > model-merging | evolutionary model merge; merging recipes | эволюционное слияние моделей | 进化模型合并
frankenmerge > model-merging, upcycling | depth up-scaling; layer stacking; frankenmerge | увеличение глубины наращиванием слоёв | 深度扩展; 层堆叠
tokenizer-free > byte-level | tokenizer* free models; character-level models | модели без токенизатора; символьные модели | 无分词器模型; 字符级模型
tokenizer-transfer > tokenizer, language-adaptation | tokenizer* transfer; vocabulary adaptation | перенос токенизатора; адаптация словаря | 分词器迁移; 词表适配
llm-os > agent-framework, operating-system | LLM operating system; agent operating system | операционная система для агентов | 智能体操作系统
role-play-eval > role-playing-agent | role-playing evaluation | оценка ролевой игры | 角色扮演评估
llm-game-benchmark > game-agent, agent-benchmark | LLM game benchmark; game arena | игровой бенчмарк для моделей | 游戏基准; 游戏竞技场
text-game > game-playing, language-model | text-based games; interactive fiction | текстовые игры; интерактивная литература | 文字游戏; 互动小说
# === Mathematics, statistics and classical ML
polynomial-regression > regression | polynomial regression | полиномиальная регрессия | 多项式回归
lda-topic > topic-modeling | latent Dirichlet allocation; LDA topic model | латентное размещение Дирихле | 潜在狄利克雷分配
ica > dimensionality-reduction | independent component analysis; ICA | анализ независимых компонент | 独立成分分析 | ICA
autoencoder-sparse > autoencoder | sparse autoencoders for representation; contractive autoencoder | сжимающий автоэнкодер | 收缩自编码器
isolation-forest > anomaly-detection, random-forest | isolation forest | изолирующий лес | 孤立森林
one-class > anomaly-detection | one-class classification; one-class SVM | одноклассовая классификация | 单类分类
time-series-imputation > data-imputation, time-series | time series imputation | заполнение пропусков во временных рядах | 时间序列插补; 缺失值填补
changepoint > time-series-analysis | change point detection; changepoints | обнаружение точек изменения | 变点检测
spatio-temporal-graph > spatio-temporal, graph-neural-network | spatio-temporal graph neural network | пространственно-временная графовая нейросеть | 时空图神经网络
hypothesis-test-llm > hypothesis-testing | permutation test; bootstrap confidence intervals | перестановочный тест; бутстреп-доверительные интервалы | 置换检验; 自助法置信区间
bayes-factor > bayesian-inference | Bayes factor; marginal likelihood; model evidence | байесовский фактор; маргинальное правдоподобие | 贝叶斯因子; 边际似然
prior-elicitation > prior-distribution | prior elicitation; informative priors | выбор априорного распределения | 先验设定; 信息先验
posterior-sampling > bayesian-inference, sampling | posterior sampling | сэмплирование из апостериорного распределения | 后验采样
variational-autoencoder-theory > variational-inference, vae | amortized inference; amortized variational inference | амортизированный вывод | 摊销推断
graphical-model > probability | probabilistic graphical models; Bayesian networks; Markov random fields | вероятностные графические модели; марковские случайные поля | 概率图模型; 马尔可夫随机场
crf > graphical-model, structured-prediction | conditional random fields; CRF | условные случайные поля | 条件随机场 | CRF
propensity-score > causal-inference | propensity score; inverse propensity weighting | оценка склонности; обратное взвешивание по склонности | 倾向评分; 逆倾向加权
structural-causal-model > causal-discovery | structural causal model; SCM | структурная причинная модель | 结构因果模型
matrix-multiplication > linear-algebra | matrix multiplication; GEMM | умножение матриц | 矩阵乘法 | GEMM
low-rank-approximation > low-rank, linear-algebra | low-rank approximation; matrix sketching | низкоранговая аппроксимация | 低秩近似
kronecker > linear-algebra | Kronecker product; Kronecker factorization | кронекерово произведение | 克罗内克积
orthogonal-matrices > orthogonal | orthogonal matrices; orthogonality constraints; Stiefel manifold | ортогональные матрицы; многообразие Штифеля | 正交矩阵; 正交约束
riemannian-optimization > optimization-math, differential-geometry | Riemannian optimization; optimization on manifolds | римановая оптимизация; оптимизация на многообразиях | 黎曼优化; 流形优化
convex-relaxation > convex-optimization | convex relaxation | выпуклая релаксация | 凸松弛; 半正定规划
online-optimization > online-learning | online optimization; regret minimization | онлайн-оптимизация; минимизация сожаления | 在线优化; 遗憾最小化
universal-approximation > approximation-theory | universal approximation theorem | универсальная теорема аппроксимации | 万能逼近定理
in-context-learning-theory > in-context-theory | in-context learning as gradient descent; induction mechanism | контекстное обучение как градиентный спуск | 上下文学习理论
phase-transition > emergent-abilities | phase transition; sudden emergence | фазовый переход; резкое появление способностей | 相变; 突现
rate-coding > spiking-network | spike timing; rate coding | частотное кодирование; время спайков | 脉冲时序; 频率编码
optimal-stopping > decision-making | optimal stopping; secretary problem | оптимальная остановка | 最优停止
queueing > stochastic-process | queueing theory; queuing models | теория массового обслуживания | 排队论
topological-data-analysis > topology | topological data analysis | топологический анализ данных; персистентная гомология | 拓扑数据分析 | TDA
graph-isomorphism > graph-theory, expressivity | graph isomorphism; Weisfeiler-Lehman test | изоморфизм графов; тест Вейсфейлера-Лемана | 图同构; 魏斯费勒莱曼测试
math-reasoning-domain > symbolic-math | algebra problems; combinatorics problems | алгебраические задачи; комбинаторные задачи | 代数问题; 组合问题
number-theory > math-reasoning-domain | number theory; prime numbers | теория чисел; простые числа | 数论; 素数
# === Learning paradigms and data, finer
partial-label > weak-supervision | partial label learning; ambiguous labels | обучение с частичными метками | 偏标记学习
label-distribution > multi-label | label distribution learning | обучение распределений меток | 标记分布学习
open-set-semi > semi-supervised-learning, open-set-recognition | open-set semi-supervised learning | полуавтоматическое обучение с открытым множеством классов | 开放集半监督学习
federated-llm > federated-learning, llm | federated LLM training; federated instruction tuning | федеративное обучение языковых моделей | 联邦指令微调
federated-heterogeneity > federated-learning | non-IID data; client heterogeneity; client drift | неоднородность клиентов; данные не IID | 非独立同分布; 客户端异构
vertical-federated > federated-learning | vertical federated learning | вертикальное федеративное обучение | 纵向联邦学习
machine-unlearning-vision > machine-unlearning | class unlearning; unlearning in image classifiers | разобучение классов | 类别遗忘
continual-rl > continual-learning, reinforcement-learning | continual reinforcement learning; plasticity loss | непрерывное обучение с подкреплением; потеря пластичности | 持续强化学习; 可塑性丧失
stability-plasticity > continual-learning | stability-plasticity dilemma | дилемма стабильности и пластичности | 稳定性可塑性困境
prompt-based-continual > continual-learning, prompt-tuning | prompt-based continual learning; L2P | непрерывное обучение на промптах | 基于提示的持续学习
test-time-scaling-vision > test-time-adaptation | test-time augmentation | аугментация при тестировании | 测试时增强
multi-source-da > domain-adaptation | multi-source domain adaptation | адаптация с несколькими исходными доменами | 多源域适应
sim-to-real-vision > domain-adaptation, synthetic-images | synthetic-to-real; syn-to-real transfer | перенос с синтетики на реальные данные | 合成到真实迁移
cross-task > multi-task-learning, transfer-learning | cross-task generalization; task transfer | межзадачное обобщение | 跨任务泛化
self-supervised-vision > self-supervised-learning, computer-vision | self-supervised visual representation; visual pretraining | самообучение визуальных представлений | 自监督视觉表征
jepa > self-supervised-learning, world-model | JEPA; joint-embedding predictive architecture | совместно-эмбеддинговая предсказательная архитектура | 联合嵌入预测架构 | JEPA
blip > vision-language, q-former | BLIP; BLIP-2; InstructBLIP | модель BLIP | 自举语言图像预训练 | BLIP
flamingo > vision-language | Flamingo | модель Flamingo | 火烈鸟模型 | Flamingo
sam-3d > sam-family, 3d-segmentation | segment anything in 3D; SAM3D | сегментация чего угодно в 3D | 三维分割一切
depth-anything > depth-estimation, foundation-model | Depth Anything; MiDaS; Marigold | модель Depth Anything | 单目深度基础模型 | MiDaS
dust3r > 3d-reconstruction, feed-forward-3d | DUSt3R; MASt3R; pointmap regression | модель DUSt3R | 点图回归 | DUSt3R; MASt3R
cogvideo > video-generation | CogVideoX; CogVideo; Open-Sora | модель CogVideoX | 智谱清影 | CogVideoX
valle > zero-shot-tts | VALL-E; neural codec language model | модель VALL-E | 神经编解码语言模型
olmo-family > open-llm-family | OLMo; Pythia; open language model with open data | модель OLMo | 完全开源语言模型 | OLMo; Pythia
qwen-vl > mllm, qwen-family | Qwen-VL; Qwen2-VL | модель Qwen-VL | 通义千问视觉 | QwenVL2
minicpm > small-language-model | MiniCPM; MiniCPM-V | модель MiniCPM | 面壁小钢炮 | MiniCPM
yi-vl > mllm, yi-family | Yi-VL | модель Yi-VL | 零一万物多模态
kling > sora-family | Kling video model | модель Kling | 可灵视频
doubao > llm | Doubao; ByteDance Doubao | модель Doubao | 豆包大模型; 豆包 | Doubao
step-fun > llm | Step-1; StepFun | модель Step | 阶跃星辰 | StepFun
sensenova > llm | SenseNova; SenseTime models | модель SenseNova | 商汤日日新 | SenseNova
`;
