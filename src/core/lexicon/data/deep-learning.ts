/**
 * Lexicon block: deep-learning building blocks — layers, activations, normalisation, attention variants,
 * architectures. Format: `../parse.ts`.
 * @module
 */
export const text = `
# === Layers and blocks
layer > neural-network | hidden layer; network layer; hidden layers | скрытый слой; слой сети; скрытые слои | 隐藏层; 网络层
fully-connected-layer > layer | fully connected layer; dense layer; linear layer | полносвязный слой; линейный слой | 全连接层; 线性层
convolution-layer > convolutional-network | convolutional layer; convolution kernel; depthwise convolution | сверточный слой; свёрточный слой; ядро свертки; ядро свёртки | 卷积层; 卷积核; 深度可分离卷积
pooling > layer | pooling; max pooling; average pooling | пулинг; подвыборка; максимальный пулинг | 池化; 最大池化; 平均池化
residual-connection > layer | residual connection; skip connection; residual block; residual network | остаточная связь; остаточное соединение; пропускное соединение; остаточный блок | 残差连接; 跳跃连接; 残差块; 残差网络
encoder | encoder; encoders; text encoder; image encoder | энкодер; кодировщик; кодер | 编码器; 文本编码器; 图像编码器
decoder | decoder; decoders; decoder-only | декодер; декодировщик; только декодер | 解码器; 仅解码器
vision-encoder > encoder | vision encoder; visual encoder; image backbone | визуальный энкодер; энкодер изображений; визуальный кодировщик | 视觉编码器; 图像编码器
backbone > architecture | backbone; backbone network | бэкбон; основная сеть; базовая сеть | 骨干网络; 主干网络
projection-layer > layer | projection layer; projector; connector; adapter module | проекционный слой; проектор; коннектор | 投影层; 投影器; 连接器
embedding-layer > layer, embedding | embedding layer; token embedding; word embedding; positional embedding | слой эмбеддингов; эмбеддинг токенов | 嵌入层; 词嵌入; 位置嵌入; 词向量
positional-encoding > transformer | positional encoding; position embedding; rotary position embedding; RoPE | позиционное кодирование; позиционные эмбеддинги; ротационные позиционные эмбеддинги | 位置编码; 旋转位置编码 | RoPE; ALiBi
gating > layer | gating; gating mechanism; gated | механизм гейтинга; вентил*; гейт*; управляющий вентиль | 门控; 门控机制
router > moe | router; routing; expert routing; load balancing | маршрутизатор; маршрутизация | 路由器; 路由; 负载均衡
expert > moe | expert network; expert layer; routed experts; expert routing | экспертная сеть; слой экспертов; маршрутизация экспертов | 专家网络; 专家层; 专家路由
upcycling > moe | upcycling; sparse upcycling | апсайклинг; повторное использование плотной модели | 升级再造; 稀疏升级

# === Activations and normalisation
activation-function > layer | activation function; nonlinearity | функция активации; нелинейность; функции активации | 激活函数; 非线性
relu > activation-function | ReLU; rectified linear unit; GELU; SiLU; SwiGLU | выпрямленная линейная единица | 线性整流函数; 修正线性单元 | ReLU; GELU; SiLU; SwiGLU; GLU
softmax > activation-function | softmax; softmax function | софтмакс; функция софтмакс | 软最大值; 归一化指数函数
learnable-activation > activation-function | learnable activation; adaptive activation; learnable activation function | обучаемая активация; обучаемая функция активации; адаптивная активация | 可学习激活; 可学习激活函数; 自适应激活
normalization > layer | normalization; normalisation; layer normalization; batch normalization; normalization layer | нормализация; нормализация слоя; пакетная нормализация; батч-нормализация | 归一化; 层归一化; 批归一化; 批量归一化 | LayerNorm; BatchNorm; RMSNorm

# === Attention
self-attention > attention | self-attention; self attention; multi-head attention; multi-head self-attention | самовнимание; многоголовое внимание; многоголовочное внимание; механизм самовнимания | 自注意力; 多头注意力; 多头自注意力 | MHA
cross-attention > attention | cross-attention; cross attention; encoder-decoder attention | кросс-внимание; перекрестное внимание; перекрёстное внимание | 交叉注意力; 跨注意力
sparse-attention > attention, sparsity | sparse attention; sliding window attention; local attention; block-sparse attention | разреженное внимание; внимание со скользящим окном; локальное внимание | 稀疏注意力; 滑动窗口注意力; 局部注意力
attention-map > attention | attention map; attention weights; attention scores; attention heads | карта внимания; веса внимания; оценки внимания; головы внимания | 注意力图; 注意力权重; 注意力分数; 注意力头
grouped-query-attention > attention | grouped-query attention; multi-query attention | групповое внимание запросов; внимание с группировкой запросов | 分组查询注意力; 多查询注意力 | GQA; MQA
attention-sink > attention | attention sink; attention sinks | сток внимания; поглотитель внимания | 注意力汇聚; 注意力沉没
quadratic-complexity > attention, efficiency | quadratic complexity; quadratic cost; linear complexity | квадратичная сложность; линейная сложность | 二次复杂度; 线性复杂度

# === Architecture families
encoder-decoder | encoder-decoder architecture; sequence-to-sequence; seq2seq | архитектура энкодер-декодер; кодер-декодер; последовательность в последовательность | 编码器解码器架构; 序列到序列 | Seq2Seq
decoder-only > transformer | decoder-only transformer; causal transformer; causal language model | трансформер только с декодером; каузальная языковая модель; декодер-только | 仅解码器; 因果语言模型
u-net > convolutional-network | U-Net; UNet; encoder-decoder network | U-Net; сеть U-Net | 卷积编解码网络 | UNet
hypernetwork > architecture | hypernetwork; hyper-network | гиперсеть | 超网络
capsule-network > architecture | capsule network | капсульная сеть | 胶囊网络
spiking-network > neural-network | spiking neural network; neuromorphic | импульсная нейронная сеть; спайковая нейронная сеть; нейроморфн* | 脉冲神经网络; 神经形态 | SNN; SNNs
graph-neural-network > neural-network | graph neural network; graph neural networks; message passing | графовая нейронная сеть; графовые нейросети; передача сообщений | 图神经网络; 消息传递 | GNN; GNNs; GCN; GAT
memory-network > architecture | memory network; external memory; memory module; memory-augmented | сеть с памятью; внешняя память; модуль памяти | 记忆网络; 外部记忆; 记忆模块
retention-network > architecture | retentive network; linear recurrent; RWKV | ретентивная сеть; линейная рекуррентная | 保留网络; 线性循环 | RWKV; RetNet
mamba-model > state-space-model | Mamba; selective scan | селективное сканирование | 选择性扫描 | Mamba
hybrid-architecture > architecture | hybrid architecture; hybrid model | гибридная архитектура; гибридная модель | 混合架构; 混合模型
unified-model > architecture | unified model; unified framework | единая модель; унифицированная модель; единый фреймворк | 统一模型; 统一框架
multi-scale > architecture | multi-scale; multiscale; hierarchical features | многомасштабн*; мультимасштабн*; иерархические признаки | 多尺度; 分层特征
neural-architecture-search > architecture | neural architecture search; architecture search | поиск нейронных архитектур; поиск архитектуры | 神经架构搜索; 架构搜索 | NAS
parameter-count > architecture | number of parameters; parameter count; billion parameters; model size | число параметров; количество параметров; миллиард параметров; размер модели | 参数量; 参数数量; 十亿参数; 模型规模
depth-width > architecture | network depth; network width; deeper layers; early layers | глубина сети; ширина сети; ранние слои; глубокие слои | 网络深度; 网络宽度; 早期层; 浅层
weight-sharing > architecture | weight sharing; parameter sharing; tied weights | разделение весов; общие веса; совместное использование параметров | 权重共享; 参数共享
layer-pruning > pruning | layer pruning; layer dropping; early exit | удаление слоев; удаление слоёв; ранний выход | 层剪枝; 早退
modular-network > architecture | modular network; modularity | модульная сеть; модульность | 模块化网络; 模块化
world-model > architecture, reinforcement-learning | world model; world models | модель мира; модели мира; мировая модель; мировые модели | 世界模型
tokenizer > tokenization | tokenizer*; byte-pair encoding; SentencePiece | токенизатор; токенайзер | 分词器; 词元化器 | BPE
tokenization | tokenization; tokenize; tokens; token; subword | токенизация; токенизир*; токены; токен*; подслово | 分词; 词元化; 令牌; 词元; 标记化; 文本标记; 标记预测
visual-tokens > tokenization, vision-language | visual tokens; image tokens; patch tokens; image patches | визуальные токены; токены изображения; патчи изображения | 视觉令牌; 视觉标记; 图像令牌; 图像块
discrete-tokens > tokenization | discrete tokens; vector quantization; codebook; bit tokens | дискретные токены; векторное квантование; кодовая книга; битовые токены | 离散令牌; 向量量化; 码本; 比特令牌 | VQ
special-tokens > tokenization | special tokens; register tokens; CLS token | специальные токены; служебные токены | 特殊令牌; 特殊标记

# === Representations and computation
feature-fusion | feature fusion; fusion module; late fusion; early fusion | слияние признаков; объединение признаков; модуль слияния | 特征融合; 融合模块
alignment-module > vision-language | modality alignment; cross-modal alignment; feature alignment | выравнивание модальностей; кросс-модальное выравнивание; выравнивание признаков | 模态对齐; 跨模态对齐; 特征对齐
disentanglement > representation-learning | disentanglement; disentangled representation; disentangled | распутывание; распутанные представления; распутанн*; разделенные представления | 解耦; 解耦表示; 解纠缠
equivariance > architecture | equivariance; equivariant; invariance; invariant | эквивариантность; эквивариантн*; инвариантность; инвариантн* | 等变性; 等变; 不变性
implicit-representation > representation-learning | implicit representation; implicit function; signed distance function | неявное представление; неявная функция; функция знакового расстояния | 隐式表示; 隐式函数; 有符号距离函数 | SDF
neural-ode > neural-network | neural ODE; neural ordinary differential equation; continuous-depth | нейронные ОДУ; нейронные обыкновенные дифференциальные уравнения | 神经常微分方程 | ODE
fourier-features > representation-learning | Fourier features; Fourier transform; frequency domain | признаки Фурье; преобразование Фурье; частотная область | 傅里叶特征; 傅里叶变换; 频域
receptive-field > convolutional-network | receptive field | рецептивное поле | 感受野
inductive-bias > architecture | inductive bias; inductive biases | индуктивное смещение; индуктивные смещения | 归纳偏置
emergent-abilities > llm | emergent abilities; emergent capabilities; emergence | эмерджентные способности; возникающие способности; эмерджентн* | 涌现能力; 涌现
in-context-retrieval > long-context | needle in a haystack; in-context retrieval; context utilization | иголка в стоге сена; поиск в контексте | 大海捞针; 上下文检索; 上下文利用
`;
