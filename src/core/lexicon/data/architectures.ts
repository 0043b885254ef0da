/**
 * Lexicon block: named architectures and components, and learning methods beyond the basics.
 * Format: `../parse.ts`.
 * @module
 */
export const text = `
# === Architectures and components
siamese-network > architecture | siamese network; twin network; two-tower model; dual encoder | сиамская сеть; двухбашенная модель; двойной энкодер | 孪生网络; 双塔模型; 双编码器
bi-encoder > siamese-network, dense-retrieval | bi-encoder; biencoder | биэнкодер; би-энкодер | 双向编码器检索
cross-encoder > reranking | cross-encoder; cross encoder reranker | кросс-энкодер; перекрестный энкодер | 交叉编码器
pointer-network > architecture | pointer network; copy mechanism | сеть указателей; механизм копирования | 指针网络; 复制机制
graph-transformer > graph-neural-network, transformer | graph transformer; graph attention | графовый трансформер; графовое внимание | 图变换器; 图注意力
set-transformer > architecture | set transformer; deep sets; permutation invariance | трансформер множеств; перестановочная инвариантность | 集合变换器; 置换不变性
perceiver > transformer | Perceiver; latent bottleneck; perceiver resampler | латентное узкое место | 感知器模型; 潜在瓶颈 | Perceiver
q-former > projection-layer | Q-Former; query transformer; learnable queries | обучаемые запросы; трансформер запросов | 查询变换器; 可学习查询
linear-transformer > efficient-attention | linear transformer; Performer; kernelized attention | линейный трансформер; ядерное внимание | 线性变换器; 核化注意力 | Performer
long-range-transformer > efficient-attention, long-context | Longformer; BigBird; Reformer; long-range transformer | трансформер для длинных последовательностей | 长程变换器 | Longformer; BigBird; Reformer
hyena > architecture | Hyena; long convolution; implicit convolution | длинная свертка; длинная свёртка; неявная свертка | 长卷积; 隐式卷积 | Hyena
xlstm > recurrent-network | xLSTM; extended LSTM; minLSTM | расширенная LSTM | 扩展长短期记忆 | xLSTM
hopfield-network > architecture | Hopfield network; associative memory; modern Hopfield | сеть Хопфилда; ассоциативная память | 霍普菲尔德网络; 联想记忆
boltzmann-machine > energy-based-model | Boltzmann machine; restricted Boltzmann machine; deep belief network | машина Больцмана; ограниченная машина Больцмана; глубокая сеть доверия | 玻尔兹曼机; 受限玻尔兹曼机; 深度信念网络 | RBM
densenet > convolutional-network | DenseNet; dense connections | плотные связи; сеть DenseNet | 密集连接网络 | DenseNet
feature-pyramid > multi-scale | feature pyramid network; FPN; pyramid features | пирамида признаков; пирамидальные признаки | 特征金字塔网络; 金字塔特征 | FPN
deformable-convolution > convolution-layer | deformable convolution; dilated convolution; atrous convolution | деформируемая свертка; расширенная свертка; дилатированная свёртка | 可变形卷积; 空洞卷积; 扩张卷积
transposed-convolution > convolution-layer | transposed convolution; deconvolution | транспонированная свертка; деконволюция | 转置卷积; 反卷积
squeeze-excitation > attention | squeeze-and-excitation; channel attention; spatial attention | сжатие и возбуждение; канальное внимание; пространственное внимание | 挤压激励; 通道注意力; 空间注意力
convnext > convolutional-network | ConvNeXt; modern ConvNet | современная сверточная сеть | 现代卷积网络 | ConvNeXt
mixture-of-depths > efficiency | mixture of depths; conditional computation; adaptive computation; dynamic depth | смесь глубин; условные вычисления; адаптивные вычисления; динамическая глубина | 深度混合; 条件计算; 自适应计算; 动态深度
recurrent-memory > memory-network, long-context | recurrent memory transformer; memory tokens; compressive memory | рекуррентный трансформер с памятью; токены памяти; сжимающая память | 循环记忆变换器; 记忆令牌; 压缩记忆
neural-cellular-automata > architecture | neural cellular automata; self-organizing | нейронные клеточные автоматы; самоорганизующ* | 神经元胞自动机; 自组织
liquid-network > recurrent-network | liquid neural network; liquid time-constant | жидкие нейронные сети; жидкая нейросеть | 液态神经网络
kolmogorov-arnold-transformer > kan, transformer, kan-family | Kolmogorov-Arnold Transformer; KAN layers; rational functions | трансформер Колмогорова-Арнольда; слои KAN; рациональные функции | 柯尔莫哥洛夫阿诺德变换器; 有理函数 | KAT
fourier-kan > kan, fourier-features | Fourier KAN; Fourier Kolmogorov-Arnold network | сеть Колмогорова-Арнольда Фурье | 傅里叶柯尔莫哥洛夫阿诺德网络
sinusoidal-representation > implicit-neural-representation | SIREN; sinusoidal activation; periodic activation | синусоидальная активация; периодическая активация | 正弦激活; 周期激活 | SIREN
spectral-bias > implicit-neural-representation, learning-theory | spectral bias; frequency bias; high-frequency details | спектральное смещение; частотное смещение; высокочастотные детали | 频谱偏置; 频率偏置; 高频细节
mixture-of-experts-routing > moe, router | top-k routing; expert choice; token routing; gradient-informed routing | маршрутизация top-k; выбор экспертов; маршрутизация токенов | 令牌路由; 专家选择
dense-model > architecture | dense model; dense transformer; dense baseline | плотная модель; плотный трансформер | 稠密模型; 密集模型
bidirectional > architecture | bidirectional; unidirectional; causal masking | двунаправленн*; однонаправленн*; каузальное маскирование | 双向; 单向; 因果掩码
encoder-free > vlm | encoder-free; decoder-only multimodal; native multimodal | без энкодера; нативн* мультимодальн* | 无编码器; 原生多模态
lightweight-architecture > lightweight-model, architecture | lightweight architecture; efficient architecture; mobile architecture | легковесная архитектура; эффективная архитектура; мобильная архитектура | 轻量架构; 高效架构; 移动架构
layer-wise > architecture | layer-wise; per-layer; intermediate layers | послойн*; промежуточные слои | 逐层; 中间层

# === Learning methods
prototype-learning > metric-learning | prototype learning; prototypical networks; prototypes | обучение прототипов; прототипические сети; прототипы | 原型学习; 原型网络; 原型
class-incremental > continual-learning | class-incremental; task-incremental; incremental classes | инкрементальное добавление классов; классово-инкрементальн* | 类增量; 任务增量
open-set-recognition > open-world-learning, classification | open-set recognition; unknown class detection; novelty detection | распознавание открытого множества; обнаружение неизвестных классов | 开集识别; 未知类检测
pu-learning > semi-supervised-learning | positive-unlabeled learning; PU learning | обучение на положительных и неразмеченных | 正例无标签学习
noisy-label-learning > label-noise | learning with noisy labels; robust to label noise | обучение с зашумленными метками | 噪声标签学习
consistency-regularization > semi-supervised-learning, regularization | consistency regularization; mean teacher; FixMatch | регуляризация согласованности; средний учитель | 一致性正则化; 均值教师 | FixMatch
adversarial-training > robustness | adversarial training; robust training | состязательное обучение; устойчивое обучение | 对抗训练; 鲁棒训练
certified-robustness > robustness | certified robustness; verification of neural networks; randomized smoothing | сертифицированная устойчивость; верификация нейронных сетей; рандомизированное сглаживание | 认证鲁棒性; 神经网络验证; 随机平滑
dataset-distillation > distillation, dataset | dataset distillation; data distillation; dataset condensation; coreset | дистилляция датасета; дистилляция данных; сжатие датасета; корсет | 数据集蒸馏; 数据蒸馏; 核心集
hard-negative > contrastive-learning | hard negatives; hard negative mining; negative sampling | трудные негативы; поиск трудных негативов; отбор негативов | 难负样本; 难例挖掘; 负采样
importance-sampling > sampling | importance sampling; importance weights | выборка по значимости; веса значимости | 重要性采样; 重要性权重
multi-instance > weakly-supervised-learning | multiple instance learning; multi-instance | обучение с несколькими экземплярами | 多示例学习; 多实例
multi-view-learning > representation-learning | multi-view learning; co-training | многовидовое обучение; ко-тренинг | 多视图学习; 协同训练
bagging > ensemble-learning | bagging; bootstrap aggregating; stacking | бэггинг; стекинг | 装袋法; 堆叠法
learning-to-optimize > meta-learning | learning to optimize; learned optimizer | обучение оптимизации; обучаемый оптимизатор | 学习优化; 学习型优化器
neural-scaling > scaling-law | neural scaling; scaling exponent; power law | нейронное масштабирование; показатель масштабирования; степенной закон | 神经缩放; 幂律
knowledge-transfer-lm > transfer-learning, language-model | transfer to language models; language model transfer | перенос на языковые модели | 语言模型迁移
test-time-training > test-time-adaptation | test-time training; TTT layers | обучение во время теста; слои TTT | 测试时训练 | TTT
lottery-ticket > pruning | lottery ticket hypothesis; winning tickets | гипотеза лотерейного билета | 彩票假设
weight-space > model-merging | weight space; task arithmetic; task vectors | пространство весов; арифметика задач; векторы задач | 权重空间; 任务算术; 任务向量
world-knowledge-injection > knowledge-augmented | knowledge injection; knowledge infusion; augmenting with knowledge | внедрение знаний; насыщение знаниями; дополнение знаниями | 知识注入; 知识融合
contrastive-decoding > decoding | contrastive decoding; classifier-free guidance for text; decoding intervention | контрастное декодирование | 对比解码
energy-efficient-training > energy-consumption, training | green AI; energy-efficient training | зеленый ИИ; энергоэффективное обучение | 绿色人工智能; 节能训练
`;
