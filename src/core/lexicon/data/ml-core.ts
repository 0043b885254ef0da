/**
 * Lexicon block: core machine learning — paradigms, training, losses, regularisation, generalisation.
 * Format: `../parse.ts`.
 * @module
 */
export const text = `
# === Paradigms
machine-learning | machine learning | машинное обучение | 机器学习 | ML
deep-learning > machine-learning | deep learning | глубокое обучение; глубинное обучение | 深度学习 | DL
supervised-learning > machine-learning | supervised learning; supervised training | обучение с учителем; контролируемое обучение | 监督学习; 有监督学习
unsupervised-learning > machine-learning | unsupervised learning; unsupervised | обучение без учителя; неконтролируемое обучение | 无监督学习; 非监督学习
self-supervised-learning > machine-learning | self-supervised learning; self-supervised; self-supervision | самообучение; самоконтролируемое обучение; обучение с самоконтролем; самостоятельное обучение | 自监督学习; 自监督
semi-supervised-learning > machine-learning | semi-supervised learning; semi-supervised | полуконтролируемое обучение; обучение с частичным привлечением учителя; частично контролируемое обучение | 半监督学习; 半监督
weakly-supervised-learning > machine-learning | weakly supervised learning; weak supervision; weakly-supervised | слабоконтролируемое обучение; слабый контроль; обучение со слабым учителем | 弱监督学习; 弱监督
contrastive-learning > self-supervised-learning | contrastive learning; contrastive loss; contrastive; contrastive objective | контрастивное обучение; контрастное обучение; контрастивн* | 对比学习; 对比损失
transfer-learning > machine-learning | transfer learning; knowledge transfer; domain transfer | трансферное обучение; перенос обучения; перенос знаний | 迁移学习; 知识迁移
domain-adaptation > transfer-learning | domain adaptation; domain shift; domain generalization; out-of-domain | адаптация к домену; доменная адаптация; сдвиг домена; доменное обобщение | 领域自适应; 域适应; 领域迁移; 域泛化
meta-learning > machine-learning | meta-learning; learning to learn | метаобучение; мета-обучение; обучение обучению | 元学习
few-shot-learning > machine-learning | few-shot learning; few-shot; few shot | обучение на нескольких примерах; обучение по нескольким примерам; малое число примеров; few-shot | 少样本学习; 小样本学习; 少样本; 小样本
zero-shot-learning > machine-learning | zero-shot; zero-shot learning; zero shot; without task-specific training | обучение без примеров; нулевое обучение; без обучающих примеров; zero-shot; в режиме zero-shot; без дополнительного обучения | 零样本; 零样本学习; 零次学习
one-shot-learning > few-shot-learning | one-shot; one-shot learning; single example | обучение по одному примеру; по одному примеру; one-shot | 单样本; 单样本学习
multi-task-learning > machine-learning | multi-task learning; multitask learning; multi-task | многозадачное обучение; многозадачн* | 多任务学习; 多任务
active-learning > machine-learning | active learning | активное обучение | 主动学习
online-learning > machine-learning | online learning; streaming learning | онлайн-обучение; онлайн обучение; потоковое обучение | 在线学习; 流式学习
federated-learning > machine-learning | federated learning; federated; federated training | федеративное обучение; федеративн* | 联邦学习; 联邦训练 | FL
curriculum-learning > machine-learning | curriculum learning; curriculum | обучение по учебному плану; куррикулярное обучение; учебная программа | 课程学习
representation-learning > machine-learning | representation learning; learned representations; feature learning | обучение представлений; обучение представлениям; выученные представления | 表征学习; 表示学习; 特征学习
metric-learning > representation-learning | metric learning; deep metric learning; similarity learning | обучение метрик; метрическое обучение | 度量学习
imitation-learning > machine-learning | imitation learning; behavior cloning; behavioral cloning; learning from demonstrations | имитационное обучение; обучение по демонстрациям; клонирование поведения; обучение подражанием | 模仿学习; 行为克隆; 示范学习 | BC
in-context-learning > machine-learning | in-context learning; in context learning; few-shot prompting | обучение в контексте; контекстное обучение; обучение на примерах в контексте | 上下文学习; 情境学习 | ICL
open-world-learning > machine-learning | open-world; open-set; open-vocabulary | открытый мир; открытый словарь; открытое множество | 开放世界; 开放集; 开放词汇
ensemble-learning > machine-learning | ensemble; ensembling; model ensemble | ансамбль моделей; ансамблирование; ансамбл* | 集成学习; 模型集成
model-merging > ensemble-learning | model merging; weight merging; model soup; layer swapping | слияние моделей; объединение весов; объединение моделей | 模型合并; 模型融合; 权重合并
neural-network > deep-learning | neural network; neural net; deep neural network; artificial neural network | нейронная сеть; нейросеть; нейросет*; глубокая нейронная сеть; искусственная нейронная сеть | 神经网络; 深度神经网络; 人工神经网络 | DNN; DNNs; ANN
artificial-intelligence | artificial intelligence; AI system | искусственный интеллект; системы ИИ; ИИ | 人工智能; 人工智能系统 | AI; AGI

# === Training
training | model training; training procedure; training recipe; training pipeline | обучение модели; процесс обучения; рецепт обучения; конвейер обучения | 模型训练; 训练流程; 训练方法
pretraining > training | pretraining; pre-training; pretrained; pre-trained; pretrain | предобучение; предварительное обучение; предобученн*; предварительно обученн*; претрейн* | 预训练; 预训练模型
fine-tuning > training | fine-tuning; finetuning; fine-tune; fine-tuned; finetune; finetuned | дообучение; дообуч*; тонкая настройка; файнтюнинг; файн-тюнинг; тонкой настройки; донастройка; донастро* | 微调; 精调; 调优
full-fine-tuning > fine-tuning | full fine-tuning; full-parameter fine-tuning; full-parameter tuning | полное дообучение; дообучение всех параметров | 全参数微调; 全量微调
post-training > training | post-training; posttraining | постобучение; пост-обучение; послеобучение | 后训练; 训练后
training-data > training, dataset | training data; training set; training corpus; training examples | обучающие данные; обучающая выборка; обучающий набор; обучающие примеры | 训练数据; 训练集; 训练语料
test-set > evaluation | test set; held-out set; validation set; evaluation set | тестовая выборка; тестовый набор; валидационная выборка; отложенная выборка | 测试集; 验证集; 评估集
loss-function > training | loss function; objective function; training objective; loss | функция потерь; целевая функция; функция ошибки | 损失函数; 目标函数; 训练目标
cross-entropy > loss-function | cross-entropy; cross entropy; log loss | перекрестная энтропия; кросс-энтропия | 交叉熵
mse > loss-function | mean squared error; squared error; L2 loss | среднеквадратичная ошибка; квадратичная ошибка | 均方误差 | MSE
backpropagation > training | backpropagation; back-propagation; backprop | обратное распространение ошибки; обратное распространение | 反向传播
gradient > training | gradient; gradients | градиент; градиенты; градиентн* | 梯度
gradient-clipping > gradient | gradient clipping | обрезка градиентов; ограничение градиентов | 梯度裁剪
vanishing-gradient > gradient | vanishing gradient; exploding gradient | затухающий градиент; затухание градиентов; взрывающийся градиент | 梯度消失; 梯度爆炸
batch-size > training | batch size; mini-batch; minibatch | размер батча; размер пакета; мини-батч; мини-пакет | 批大小; 批量大小; 小批量
epoch > training | epoch; epochs; training epoch | эпоха обучения; эпохи обучения | 训练轮次; 轮次; 周期
early-stopping > training | early stopping | ранняя остановка | 早停
checkpoint > training | checkpoint; model checkpoint | контрольная точка; чекпоинт; чекпойнт | 检查点; 模型检查点
initialization > training | weight initialization; initialization; initialisation | инициализация весов; инициализаци* | 权重初始化; 初始化
training-stability > training | training stability; training instability; loss spikes | стабильность обучения; нестабильность обучения; всплески потерь | 训练稳定性; 训练不稳定
warm-start > training | warm start; warm-starting; small model initialization | теплый старт; тёплый старт | 热启动
teacher-forcing > training | teacher forcing | принуждение учителем; teacher forcing | 教师强制
self-training > semi-supervised-learning | self-training; pseudo-labeling; pseudo labels | самообучение на псевдометках; псевдоразметка; псевдометки | 自训练; 伪标签
self-improvement > training | self-improvement; self-improving; self-learning; self-play | самосовершенствование; самоулучшение | 自我改进; 自我提升; 自我博弈
self-correction > reasoning | self-correction; self-correct; self-refinement; self-reflection; self-critique | самокоррекция; самоисправление; самопроверка; саморефлексия | 自我纠正; 自我修正; 自我反思; 自我改进
data-efficiency > training | data efficiency; data-efficient; sample efficiency; sample-efficient | эффективность по данным; эффективное использование данных; эффективность выборки | 数据效率; 样本效率
training-cost > efficiency, training | training cost; training compute; training time; GPU hours | стоимость обучения; затраты на обучение; время обучения | 训练成本; 训练时间; 训练开销
distributed-training > training | distributed training; data parallelism; model parallelism; pipeline parallelism; tensor parallelism | распределенное обучение; распределённое обучение; параллелизм данных; параллелизм модели | 分布式训练; 数据并行; 模型并行; 流水线并行; 张量并行
mixed-precision > training, efficiency | mixed precision; half precision; bfloat16 | смешанная точность; половинная точность | 混合精度; 半精度 | FP16; BF16
memory-efficiency > efficiency | memory efficiency; memory-efficient; memory consumption; memory usage | эффективность по памяти; потребление памяти; использование памяти | 内存效率; 显存占用; 内存消耗; 显存

# === Regularisation and generalisation
regularization > training | regularization; regularisation; regularizer | регуляризация; регуляризатор | 正则化; 正则项
dropout > regularization | dropout | дропаут; прореживание нейронов | 随机失活; 丢弃法
weight-decay > regularization | weight decay; L2 regularization | затухание весов; убывание весов; L2-регуляризация | 权重衰减; 权值衰减
overfitting > generalization | overfitting; over-fitting; overfit | переобучение; переобучен* | 过拟合
underfitting > generalization | underfitting; under-fitting | недообучение модели; недообученность | 欠拟合
generalization | generalization; generalisation; generalize; generalizable; out-of-distribution | обобщение; обобщающая способность; обобща*; вне распределения | 泛化; 泛化能力; 分布外 | OOD
robustness > generalization | robustness; adversarial robustness | устойчивость; робастность; робастн* | 鲁棒性; 稳健性
distribution-shift > generalization | distribution shift; dataset shift; covariate shift | сдвиг распределения; смещение распределения | 分布偏移; 分布漂移
memorization > generalization | memorization; memorisation; memorize | запоминание; запоминан* | 记忆; 记忆化
label-noise > training-data | label noise; noisy labels | шум в метках; зашумленные метки; зашумлённые метки | 标签噪声; 噪声标签
class-imbalance > training-data | class imbalance; imbalanced data; long-tail; long-tailed | дисбаланс классов; несбалансированные данные; длинный хвост | 类别不平衡; 不平衡数据; 长尾
bias-variance > generalization | bias-variance; bias-variance tradeoff | смещение и дисперсия; компромисс смещения и дисперсии | 偏差方差; 偏差方差权衡
grokking > generalization | grokking | грокинг; отложенное обобщение | 顿悟现象; 延迟泛化
double-descent > generalization | double descent | двойной спуск | 双下降

# === Tasks (general)
classification | classification; classifier; classify | классификация; классификатор; классифицир* | 分类; 分类器
binary-classification > classification | binary classification | бинарная классификация; двоичная классификация | 二分类; 二元分类
multi-label > classification | multi-label; multilabel | многометочн*; мультиметочн*; множественные метки | 多标签
regression | regression; regressor | регрессия; регрессор; регрессионн* | 回归; 回归模型
clustering | clustering; cluster analysis; k-means | кластеризация; кластерный анализ; кластериз* | 聚类; 聚类分析; 均值聚类
anomaly-detection | anomaly detection; outlier detection; novelty detection | обнаружение аномалий; поиск аномалий; обнаружение выбросов | 异常检测; 离群点检测
dimensionality-reduction | dimensionality reduction; PCA; principal component analysis; t-SNE | снижение размерности; понижение размерности; метод главных компонент | 降维; 主成分分析 | PCA; UMAP
ranking | learning to rank; ranking model | обучение ранжированию; модель ранжирования | 排序学习; 排序模型 | LTR
prediction | prediction; predictive model; forecasting model | предсказание; предсказательн* | 预测; 预测模型
structured-prediction | structured prediction; sequence labeling | структурное предсказание; разметка последовательностей | 结构化预测; 序列标注
density-estimation > generative-model | density estimation; likelihood estimation | оценка плотности; оценка правдоподобия | 密度估计
feature-engineering | feature engineering; feature extraction; feature selection | конструирование признаков; извлечение признаков; отбор признаков | 特征工程; 特征提取; 特征选择
feature > representation-learning | feature map; feature vector; feature representation | карта признаков; вектор признаков; признаковое описание | 特征图; 特征向量; 特征表示
embedding > representation-learning | embedding; embeddings; embedding vector; embedder; vector representation | эмбеддинг; эмбеддинги; векторное представление; векторные представления; встраивание; эмбединг* | 嵌入; 嵌入向量; 向量表示; 表征向量
latent-space > representation-learning | latent space; latent representation; latent variable; latent code | латентное пространство; скрытое пространство; латентное представление; скрытые переменные | 潜在空间; 隐空间; 潜在表示; 隐变量; 潜变量
similarity > representation-learning | cosine similarity; similarity measure; semantic similarity | косинусное сходство; мера сходства; семантическое сходство | 余弦相似度; 相似度; 语义相似度
clip-score > evaluation | CLIP score; CLIPScore | оценка CLIP | 图文相似度得分 | CLIPScore

# === Classical models
linear-model | linear model; linear regression; logistic regression; linear classifier | линейная модель; линейная регрессия; логистическая регрессия | 线性模型; 线性回归; 逻辑回归
svm | support vector machine; kernel method | метод опорных векторов; ядерный метод | 支持向量机; 核方法 | SVM; SVMs
decision-tree | decision tree; random forest; gradient boosting; boosted trees | дерево решений; случайный лес; градиентный бустинг; бустинг | 决策树; 随机森林; 梯度提升 | XGBoost; LightGBM; CatBoost; GBDT
nearest-neighbors | nearest neighbor; k-nearest neighbors; nearest neighbour | ближайший сосед; метод ближайших соседей; k ближайших соседей | 最近邻; 近邻算法 | kNN; KNN
bayesian-model | Bayesian; Bayesian inference; Bayesian network; posterior | байесовск*; байесовский вывод; байесовская сеть; апостериорн* | 贝叶斯; 贝叶斯推断; 贝叶斯网络; 后验
gaussian-process > bayesian-model | gaussian process; Gaussian processes | гауссовский процесс; гауссовские процессы | 高斯过程 | GP
hidden-markov-model > bayesian-model | hidden Markov model; Markov model | скрытая марковская модель; марковская модель | 隐马尔可夫模型; 马尔可夫模型 | HMM
energy-based-model > generative-model | energy-based model; energy function | модель на основе энергии; энергетическая модель | 能量模型; 基于能量的模型 | EBM
normalizing-flow > generative-model | normalizing flow; normalising flow; flow-based model | нормализующий поток; нормализующие потоки | 归一化流; 标准化流
autoencoder > representation-learning | autoencoder; auto-encoder; encoder-decoder; masked autoencoder | автоэнкодер; автокодировщик; кодировщик-декодировщик; энкодер-декодер | 自编码器; 编码器解码器; 掩码自编码器 | MAE
autoregressive-model > generative-model | autoregressive; auto-regressive; autoregression; next-token prediction | авторегрессионн*; авторегресси*; предсказание следующего токена | 自回归; 自回归模型; 下一个词预测
masked-modeling > self-supervised-learning | masked modeling; masked language modeling; masked image modeling; masking | маскированное моделирование; маскированное языковое моделирование; маскирован* | 掩码建模; 掩码语言建模; 掩码图像建模; 掩码 | MLM; MIM

# === Evaluation (general)
evaluation | evaluation; assessment; evaluation protocol | оценка; оценивание; оцени*; протокол оценки | 评估; 评测; 评价
metric > evaluation | evaluation metric; metric; metrics | метрика; метрики; метрика оценки | 评估指标; 度量指标
accuracy > metric | accuracy; top-1 accuracy; classification accuracy | доля правильных ответов; точность классификации; точность ответов | 准确率; 准确性
precision-recall > metric | precision and recall; precision; recall; F1; F1 score | точность и полнота; полнота; F1-мера | 精确率; 召回率; 调和平均 | F1
perplexity > metric | perplexity | перплексия; перплексивность | 困惑度 | PPL
bleu > metric | BLEU; ROUGE; METEOR | метрика BLEU | 双语评估替补 | BLEU; ROUGE; METEOR; chrF; COMET
fid > metric | Frechet inception distance; FID; inception score | расстояние Фреше; метрика FID | 弗雷歇距离; 初始分数 | FID; FVD
psnr > metric | PSNR; SSIM; LPIPS; peak signal-to-noise ratio | пиковое отношение сигнал/шум; отношение сигнал-шум | 峰值信噪比; 结构相似性 | PSNR; SSIM; LPIPS
auc > metric | area under the curve; ROC curve; AUC | площадь под кривой; ROC-кривая | 曲线下面积; 受试者工作特征 | AUC; AUROC
human-evaluation > evaluation | human evaluation; human study; user study; human judgment; human raters | человеческая оценка; оценка людьми; экспертная оценка; пользовательское исследование | 人工评估; 人类评估; 用户研究; 人工评测
ablation > evaluation | ablation study; ablation; ablations | абляционное исследование; абляция; абляци* | 消融实验; 消融研究; 消融
state-of-the-art > evaluation | state-of-the-art; state of the art | передовой уровень; современный уровень; лучшие результаты | 最先进; 最优性能; 最新水平 | SOTA
baseline > evaluation | baseline; baselines; strong baseline | базовая модель сравнения; базовый уровень; базовые методы; бейзлайн | 基线; 基线模型; 基准方法
leaderboard > benchmark | leaderboard; ranking table | лидерборд; таблица лидеров; рейтинговая таблица | 排行榜; 榜单
llm-as-judge > evaluation, llm | LLM-as-a-judge; LLM judge; LLM judges; LLM-based evaluation; automatic evaluator; critic model | LLM в роли судьи; LLM-судья; модель-судья; оценка с помощью LLM; автоматическая оценка с помощью модели; в качестве судьи; работает как судья | 大模型评判; 大模型评估; 模型评判; 裁判模型; 评判模型; 评审; 评判
reproducibility > evaluation | reproducibility; replicability; reproducible | воспроизводимость; воспроизводим* | 可复现性; 可重复性; 复现
error-analysis > evaluation | error analysis; failure modes; failure analysis | анализ ошибок; режимы сбоев; типы ошибок | 错误分析; 失效模式; 失败模式
calibration > evaluation | calibration; calibrated; uncertainty calibration | калибровка; калиброван* | 校准; 置信度校准
uncertainty > evaluation | uncertainty; uncertainty estimation; confidence estimation | неопределенность; неопределённость; оценка неопределенности; оценка уверенности | 不确定性; 不确定性估计; 置信度估计
contamination > benchmark | data contamination; benchmark contamination; test set leakage | загрязнение данных; утечка тестовых данных; контаминация | 数据污染; 测试集泄露
statistical-significance > evaluation | statistical significance; significance test; confidence interval | статистическая значимость; доверительный интервал | 统计显著性; 置信区间
survey-paper | survey; literature review; systematic review | обзор; обзор литературы; систематический обзор; обзорная статья | 综述; 文献综述; 调研
case-study | case study; empirical study; preliminary study | тематическое исследование; эмпирическое исследование; предварительное исследование; кейс | 案例研究; 实证研究; 初步研究
technical-report | technical report; tech report; model card | технический отчет; технический отчёт; карточка модели | 技术报告; 模型卡片
position-paper | position paper; vision paper | позиционная статья; программная статья | 立场论文; 观点论文
theoretical-analysis | theoretical analysis; theoretical guarantees; theorem | теоретический анализ; теоретические гарантии; теорем* | 理论分析; 理论保证; 定理
`;
