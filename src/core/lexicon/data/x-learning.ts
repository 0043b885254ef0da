/**
 * Lexicon block (second round): learning methods, training techniques and optimisation vocabulary not
 * in the first blocks. Format: `../parse.ts`; how entries were checked: `../REVIEW.md`.
 * @module
 */
export const text = `
# === Learning paradigms and settings
lifelong-learning > continual-learning | never-ending learning | обучение на протяжении всей жизни; пожизненное обучение | 终身学习
incremental-learning > continual-learning, class-incremental | task-incremental learning; domain-incremental learning | инкрементное обучение | 增量学习
online-continual-learning > continual-learning, online-learning | online continual learning | онлайн-непрерывное обучение | 在线持续学习
exemplar-free > class-incremental, replay-buffer | exemplar-free; rehearsal-free | без хранения примеров; без повторения примеров | 无样本回放; 无回放
knowledge-retention > catastrophic-forgetting, knowledge | knowledge retention; retaining knowledge | сохранение знаний | 知识保留
positive-transfer > transfer-learning | positive transfer; negative transfer | положительный перенос; отрицательный перенос; негативный перенос | 正迁移; 负迁移
cross-domain > domain-adaptation | cross-domain; cross-domain generalization | междоменн*; кросс-доменн* | 跨域; 跨领域
domain-generalization > generalization, domain-adaptation | out-of-domain generalization | обобщение на новые домены | 领域泛化
unsupervised-domain-adaptation > domain-adaptation, unsupervised-learning | unsupervised domain adaptation | неконтролируемая адаптация домена; адаптация домена без разметки | 无监督域适应; 无监督领域自适应 | UDA
source-free-adaptation > domain-adaptation | source-free domain adaptation; source-free adaptation | адаптация без исходных данных | 无源域适应
out-of-distribution > distribution-shift | OOD detection; out-of-distribution detection | данные вне распределения; обнаружение данных вне распределения | 分布外检测
covariate-shift > distribution-shift | covariate shift; dataset shift | ковариационный сдвиг; сдвиг ковариат | 协变量偏移
concept-drift > distribution-shift | concept drift | дрейф концепций; концептуальный дрейф | 概念漂移
compositional-generalization > generalization | compositional generalization; systematic generalization | композиционное обобщение; систематическое обобщение | 组合泛化
zero-shot-generalization > zero-shot-learning, generalization | zero-shot generalization; zero-shot transfer | обобщение без примеров; перенос без примеров | 零样本泛化; 零样本迁移
cross-modal-learning > multimodal, alignment-module | cross-modal learning | межмодальн* | 跨模态
multimodal-fusion > multimodal, feature-fusion, modality | multimodal fusion; modality fusion | мультимодальное слияние; слияние модальностей; объединение модальностей | 多模态融合; 模态融合
modality-gap > multimodal, modality | modality gap; modality imbalance; missing modality | разрыв модальностей; дисбаланс модальностей; отсутствующая модальность | 模态差距; 模态不平衡; 模态缺失
self-distillation > distillation | self-distillation | самодистилляция | 自蒸馏
knowledge-distillation-llm > distillation, llm | LLM distillation; distilling large language models | дистилляция больших языковых моделей | 大模型蒸馏; 大语言模型蒸馏
data-free-distillation > distillation, dataset-distillation | data-free distillation; data-free knowledge distillation | дистилляция без данных | 无数据蒸馏
mutual-learning > distillation | mutual learning; deep mutual learning | взаимное обучение | 互学习
pseudo-labeling > semi-supervised-learning, self-training | pseudo-labeling; pseudo-labels; pseudo labels | псевдо-метки | 伪标签
label-propagation > semi-supervised-learning, annotation | label propagation | распространение меток | 标签传播
self-labeling > self-training, annotation | self-labeling; self-annotation | самостоятельная разметка; саморазметка | 自标注
weak-supervision > weakly-supervised-learning, annotation | weak labels; distant supervision | слабые метки; дистанционный контроль | 弱监督信号; 弱标签; 远程监督
learning-from-demonstrations > imitation-learning, few-shot-prompting | expert demonstrations | демонстрации эксперта; экспертные демонстрации | 从示范中学习; 专家示范; 示教学习
learning-from-feedback > alignment | learning from feedback; feedback learning; natural language feedback | обучение на обратной связи; обучение с обратной связью | 从反馈中学习; 反馈学习
learning-to-rank > ranking | listwise ranking; pairwise ranking | обучение ранжированию | 排序学习
multi-objective-learning > optimization-math, auxiliary-loss | multi-objective optimization; multi-objective learning; Pareto front; Pareto optimal | многокритериальная оптимизация; многоцелевая оптимизация; фронт Парето; оптимальность по Парето | 多目标优化; 帕累托前沿; 帕累托最优
collaborative-learning > federated-learning, training | collaborative learning; decentralized learning | совместное обучение моделей; децентрализованное обучение | 协作学习; 去中心化学习
split-learning > federated-learning | split learning | расщеплённое обучение | 拆分学习
personalized-federated > federated-learning, personalization | personalized federated learning | персонализированное федеративное обучение | 个性化联邦学习
continual-pretraining-domain > continued-pretraining, domain-adaptation, domain-specific-model | domain-adaptive pretraining; domain-specific pretraining | доменно-адаптивное предобучение; предобучение на данных домена | 领域自适应预训练; 领域预训练
instruction-pretraining > pretraining, instruction-tuning | instruction pre-training; instruction pretraining | инструктивное предобучение | 指令预训练
multitask-prompted > multi-task-learning, instruction-tuning, prompting | multitask prompted training; multi-task instruction tuning | многозадачное инструктивное обучение | 多任务指令微调
cross-validation > evaluation, bootstrap | k-fold | перекрёстная проверка; кросс-валидация | 交叉验证
hold-out > test-set | held-out data; development set | валидационный набор | 留出集; 开发集
train-test-split > test-set | train-test split; data split; training split | разбиение на обучающую и тестовую выборки; разбиение данных | 训练测试划分; 数据划分
# === Training techniques
gradient-checkpointing > memory-efficiency | activation recomputation | контрольные точки градиентов; пересчёт активаций | 激活重计算
loss-spike > training-stability, loss-function | loss spike; training divergence | всплески функции потерь; скачки потерь; расхождение обучения | 损失尖峰; 训练发散
gradient-explosion > training-stability, vanishing-gradient, gradient | exploding gradients; gradient explosion | взрыв градиентов; взрывающиеся градиенты | 梯度爆炸
layer-norm > normalization, layer-wise | RMS normalization | послойная нормализация | 层标准化 | LN
batch-norm > normalization | batch normalization; BatchNorm | пакетная нормализация; батч-нормализация | 批归一化; 批量归一化 | BN
group-norm > normalization | group normalization; instance normalization | групповая нормализация; нормализация экземпляров | 组归一化; 实例归一化
weight-normalization > normalization | spectral normalization | спектральная нормализация | 谱归一化
pre-norm > normalization | pre-norm; post-norm; pre-LN; post-LN | пре-нормализация; пост-нормализация | 前置归一化; 后置归一化
mixup > data-augmentation, data-augmentation-vision | manifold mixup | миксап | 混合增强
random-erasing > data-augmentation-vision | random erasing; cutout; random cropping | случайное стирание | 随机擦除
augmentation-policy > data-augmentation | augmentation policy; AutoAugment; RandAugment | политика аугментации; автоматическая аугментация | 增强策略; 自动数据增强
text-augmentation > data-augmentation | text augmentation; textual data augmentation | аугментация текста; аугментация текстовых данных | 文本增强; 文本数据增强
noise-injection > regularization, noise, gaussian-distribution | noise injection; Gaussian noise injection | внедрение шума; добавление шума | 噪声注入
data-parallelism > parallelism | data parallel | параллелизм по данным | 数据并行
tensor-parallelism > parallelism | tensor parallel | тензорный параллелизм; модельный параллелизм | 张量并行; 模型并行
pipeline-parallelism > parallelism | pipeline parallel | конвейерный параллелизм | 流水线并行
sequence-parallelism > parallelism, long-context, attention | sequence parallelism; context parallelism; ring attention | параллелизм по последовательности; кольцевое внимание | 序列并行; 上下文并行; 环形注意力
fsdp > zero-redundancy | fully sharded data parallel; sharded training | полностью шардированный параллелизм данных; шардированное обучение | 全分片数据并行; 分片训练
flash-attention > efficient-attention | IO-aware attention | флэш-внимание | 闪存注意力; 快速注意力
fused-kernel > kernel-optimization | kernel fusion; operator fusion | слияние ядер; объединение операторов | 内核融合
fp8-training > mixed-precision, quantization | FP8 training; low-precision training | обучение в низкой точности; обучение в FP8 | 低精度训练
loss-weighting > loss-function, focal-loss | loss weighting; loss balancing | взвешивание потерь; балансировка функций потерь | 损失加权; 损失平衡
hinge-loss > loss-function, ranking-loss, contrastive-loss | hinge loss; margin loss; triplet loss | шарнирная функция потерь | 铰链损失; 三元组损失
infonce > contrastive-loss | noise-contrastive estimation | шумоконтрастная оценка | 噪声对比估计 | NCE
kd-loss-temperature > distillation-loss, label-smoothing | soft targets | мягкие целевые значения | 软目标
hard-labels > training-data, annotation | hard labels; one-hot labels; ground-truth labels | жёсткие метки; истинные метки; эталонные метки | 硬标签; 真实标签
negative-sampling > contrastive-learning, hard-negative | negative samples; in-batch negatives | отрицательное сэмплирование; отрицательные примеры; негативные примеры | 负样本
positive-pairs > contrastive-learning | positive pairs; positive samples | положительные пары; положительные примеры | 正样本对; 正样本
momentum-encoder > self-supervised-learning, sgd-momentum, encoder, weight-averaging | momentum encoder; momentum teacher; exponential moving average teacher | моментный энкодер | 动量编码器
ema > weight-averaging | EMA of weights | экспоненциальное скользящее среднее | 指数移动平均
stochastic-weight-averaging > weight-averaging | stochastic weight averaging | стохастическое усреднение весов | 随机权重平均
model-soup > model-merging | model soups; weight interpolation | суп из моделей; интерполяция весов | 模型汤; 权重插值
task-arithmetic > model-merging, weight-space | task vector | арифметика задач; векторы задач | 任务算术; 任务向量
parameter-efficient-transfer > peft, transfer-learning | parameter-efficient transfer learning | параметрически эффективный перенос | 参数高效迁移学习
prefix-tuning > prompt-tuning, fine-tuning | prefix tuning; prefix-tuning | настройка префиксов | 前缀微调
p-tuning > prompt-tuning, prompting | P-tuning; soft prompts | мягкие подсказки; мягкие промпты | 软提示
qlora > lora, quantization | quantized LoRA | квантованная низкоранговая адаптация | 量化低秩适配
dora > lora | weight-decomposed low-rank adaptation | декомпозиция весов | 权重分解低秩适配
bitfit > peft, fine-tuning | bias tuning; BitFit | настройка смещений | 偏置微调
sparse-fine-tuning > peft, sparsity, fine-tuning | sparse fine-tuning | разреженное дообучение | 稀疏微调
selective-fine-tuning > peft, fine-tuning | selective fine-tuning; layer freezing; frozen layers; freezing layers | избирательное дообучение; заморозка слоёв; замороженные слои | 选择性微调; 冻结层
frozen-backbone > backbone, encoder | frozen backbone; frozen encoder; frozen model | замороженная основа; замороженный энкодер; замороженная модель | 冻结主干; 冻结编码器; 冻结模型
linear-probing > probing, evaluation | linear probing; linear evaluation | линейное зондирование | 线性探测; 线性评估
end-to-end-training > training | end-to-end training; trained end-to-end; end-to-end | сквозное обучение; обучение от начала до конца; end-to-end | 端到端训练; 端到端
two-stage-training > training | two-stage training; multi-stage training; staged training | двухэтапное обучение; многоэтапное обучение | 两阶段训练; 多阶段训练
joint-training > training | joint training; co-optimization; jointly trained | совместная оптимизация; совместно обученн* | 联合训练; 联合优化
from-scratch > training | training from scratch; from scratch | обучение с нуля | 从头训练; 从零开始训练
training-recipe > training | training recipes | рецепт обучения; конвейер обучения | 训练方案
hyperparameter-search > hyperparameter, automl | hyperparameter search; grid search; random search | поиск гиперпараметров; оптимизация гиперпараметров; поиск по сетке | 超参数搜索; 网格搜索
sample-efficiency > data-efficiency | sample efficiency; sample-efficient | эффективность по выборке; эффективность использования выборки | 样本效率
compute-optimal > scaling-law, flops | compute-optimal training | вычислительно оптимальн* | 计算最优
over-training > training | overtraining; over-trained; longer training | перетренированность | 过度训练
model-collapse > synthetic-data | model collapse; recursive training on generated data | коллапс модели | 模型崩溃; 模型坍塌
mode-collapse > gan | mode collapse; mode dropping | коллапс мод; схлопывание мод | 模式崩溃; 模式坍塌
posterior-collapse > vae, bayesian-model | posterior collapse | коллапс апостериорного распределения | 后验坍塌
representation-collapse > representation-learning | representation collapse; dimensional collapse | коллапс представлений; размерный коллапс | 表示坍塌; 维度坍塌
neural-collapse > training-dynamics | neural collapse | нейронный коллапс | 神经坍塌
feature-learning > representation-learning | learned features | обучение признаков; выученные признаки | 特征学习
disentangled-representation > disentanglement | disentangled representations | распутанные представления | 解耦表示
# === Optimisation and optimisers
adamw > adam-optimizer, weight-decay, regularization | decoupled weight decay | развязанная регуляризация весов | 解耦权重衰减
lion-optimizer > optimizer, adaptive-optimizer, sgd-momentum | evolved sign momentum | оптимизатор Lion | 狮子优化器
shampoo > second-order-optimization, adaptive-optimizer, matrix-factorization | Shampoo optimizer; K-FAC; Kronecker-factored | оптимизатор Shampoo; факторизация Кронекера | 克罗内克分解 | KFAC
sophia > second-order-optimization, linear-algebra | Sophia optimizer; Hessian-based optimizer | оптимизатор на основе гессиана | 基于海森矩阵的优化器
hessian > second-order-optimization, linear-algebra | Hessian; Hessian matrix; curvature | гессиан; матрица Гессе; кривизна | 海森矩阵; 曲率
natural-gradient > second-order-optimization, gradient | natural gradient; Fisher information | натуральный градиент; информация Фишера | 自然梯度; 费舍尔信息
stochastic-gradient-descent > gradient-descent, batch-size | mini-batch gradient descent | мини-пакетный градиентный спуск | 小批量梯度下降
cosine-schedule > learning-rate-schedule | cosine decay | косинусное расписание; косинусный отжиг | 余弦衰减
learning-rate-decay > learning-rate-schedule | learning rate decay | затухание скорости обучения; уменьшение скорости обучения | 学习率衰减
convergence > optimization-math, training-dynamics | convergence rate | сходимость; скорость сходимости | 收敛速度; 收敛性
saddle-point > non-convex | saddle points; local minimum | локальный минимум | 局部极小值; 局部最优
global-optimum > optimization-math | global optimum; global minimum | глобальный оптимум; глобальный минимум | 全局最优; 全局最小值
gradient-estimation > gradient, gradient-informed, estimation | gradient estimator; REINFORCE estimator | оценщик градиента | 梯度估计
policy-gradient > policy-optimization, gradient | policy gradients | градиент стратегии | 策略梯度
proximal-policy-optimization > policy-optimization | proximal policy optimization | проксимальная оптимизация политики | 近端策略优化
actor-critic > policy-optimization, value-function | actor-critic | актёр-критик | 演员评论家 | A2C; A3C; SAC
q-learning > value-function | deep Q-network | глубокая Q-сеть | 动作价值函数
temporal-difference > value-function | temporal difference; TD learning | обучение на временных разностях; временные разности | 时序差分 | TD
advantage-estimation > policy-optimization, estimation | advantage estimation; advantage function; generalized advantage estimation | оценка преимущества; функция преимущества | 优势估计; 优势函数 | GAE
group-relative-policy > rl-for-llm, policy-optimization | group relative policy optimization | групповая относительная оптимизация политики | 组相对策略优化
dpo-variant > preference-optimization | direct preference optimization | прямая оптимизация предпочтений | 直接偏好优化
reward-shaping > reward | dense reward | плотное вознаграждение | 密集奖励
reward-modeling-outcome > reward-model, process-reward | outcome reward model; outcome supervision | модель вознаграждения за результат; контроль по результату | 结果奖励模型; 结果监督
rule-based-reward > reward, verifier | rule-based reward; verifiable rewards; verifiable reward | вознаграждение на основе правил; проверяемое вознаграждение | 基于规则的奖励; 可验证奖励 | RLVR
ai-feedback > rlhf, constitutional-ai, artificial-intelligence | reinforcement learning from AI feedback | обучение с подкреплением на основе обратной связи от ИИ | 人工智能反馈
human-preference > preference-data, annotation | human preferences; preference labels | человеческие предпочтения; метки предпочтений | 偏好标签
pairwise-preference > preference-data | pairwise preferences; preference pairs | попарные предпочтения; пары предпочтений | 成对偏好; 偏好对
self-rewarding > self-improvement, reward-model, reward, language-model | self-rewarding; self-rewarding language models | самовознаграждение; самовознаграждающ* | 自我奖励
iterative-alignment > alignment, preference-optimization | iterative alignment; iterative DPO; online preference optimization | итеративное выравнивание; итеративная оптимизация предпочтений | 迭代对齐; 在线偏好优化
superalignment > alignment, scalable-oversight | superalignment; weak-to-strong | суперсогласование | 超级对齐
value-alignment > alignment, psychometrics, value-pluralism | aligned with human values | согласование ценностей | 价值对齐; 人类价值观
over-refusal > refusal | over-refusal; exaggerated safety; false refusal | чрезмерные отказы; излишние отказы | 过度拒绝; 过度拒答
safety-tuning > safety-alignment, fine-tuning | safety fine-tuning; safety tuning; safety training | обучение безопасности; дообучение на безопасность | 安全微调; 安全训练
unlearning-llm > machine-unlearning, llm, catastrophic-forgetting | LLM unlearning; unlearning in language models | разобучение языковых моделей | 大模型遗忘; 大语言模型遗忘
model-editing-locate > knowledge-editing | locate-then-edit; ROME; MEMIT | редактирование моделей | 模型编辑
activation-steering > steering | activation addition | управление активациями; векторы управления | 激活引导; 引导向量
representation-engineering > representation-editing, steering | representation engineering | инженерия представлений | 表示工程 | RepE
superposition > mechanistic-interpretability | superposition; polysemantic neurons; polysemanticity | суперпозиция; полисемантичные нейроны | 多义神经元
saliency-map > feature-attribution | saliency maps; Grad-CAM; class activation map | карты значимости; карта активации классов | 显著性图; 类激活图 | CAM
counterfactual-explanation > interpretability, causal-inference | counterfactual explanations; counterfactual explanation | контрфактические объяснения; контрфактическое объяснение | 反事实解释
natural-language-explanation > interpretability | natural language explanations; rationales; rationale generation | объяснения на естественном языке | 自然语言解释; 理由生成
faithfulness-explanation > interpretability, trustworthiness | faithfulness of explanations; faithful explanations | достоверность объяснений | 解释忠实度
# === Generative modelling vocabulary
likelihood-training > likelihood, estimation | maximum likelihood estimation | метод максимального правдоподобия | 极大似然估计
evidence-lower-bound > variational-inference | variational lower bound | нижняя граница обоснованности; вариационная нижняя граница | 变分下界
reparameterization > variational-inference, straight-through | reparameterization | репараметризация | 重参数化
vq-vae > vae, discrete-tokens, quantization | VQ-VAE; vector-quantized | векторно-квантованн* | 矢量量化
codebook > discrete-tokens | codebook collapse | кодовая книга | 码本
residual-quantization > vq-vae, quantization | residual vector quantization; residual quantization | остаточное векторное квантование; остаточное квантование | 残差向量量化; 残差量化 | RVQ
finite-scalar-quantization > vq-vae, quantization | finite scalar quantization; lookup-free quantization | конечное скалярное квантование | 有限标量量化 | FSQ; LFQ
rectified-flow > flow-matching | rectified flows | выпрямленные потоки | 校正流
stochastic-interpolants > flow-matching, optimal-transport | stochastic interpolants; optimal transport flow | стохастические интерполянты | 随机插值
probability-flow-ode > diffusion-sampler, neural-ode, differential-equation, numerical-methods | probability flow ODE; diffusion ODE | обыкновенное дифференциальное уравнение потока вероятности; решатель ОДУ | 概率流常微分方程; 常微分方程求解器
sde-diffusion > diffusion-model, stochastic-process | score-based SDE | стохастическое дифференциальное уравнение | 随机微分方程
ddim > diffusion-sampler, ddpm, denoising | denoising diffusion implicit models | неявные модели диффузионного шумоподавления | 去噪扩散隐式模型
dpm-solver > diffusion-sampler | fast diffusion sampler | быстрый сэмплер диффузии | 快速扩散采样器
adversarial-diffusion-distillation > diffusion-distillation | adversarial diffusion distillation | состязательная дистилляция диффузии | 对抗扩散蒸馏 | ADD
latent-consistency > consistency-model, latent-diffusion | latent consistency model; latent consistency models | латентная модель согласованности | 潜在一致性模型
consistency-distillation > consistency-model, diffusion-distillation | consistency distillation; consistency training | дистилляция согласованности; обучение согласованности | 一致性蒸馏; 一致性训练
energy-function > energy-based-model, energy | energy landscape | энергетическая функция; энергетический ландшафт | 能量函数; 能量景观
autoregressive-decoding > autoregressive-model, decoding, decoder, prediction | autoregressive decoding | авторегрессионное декодирование | 自回归解码; 下一词元预测 | NTP
masked-autoencoder > masked-modeling, autoencoder | masked autoencoders | маскированный автоэнкодер | 掩码自编码器
masked-language-modeling > masked-modeling, cloze, pretraining, language-model | masked language model; cloze-style pretraining | маскированная языковая модель | 掩码语言模型
denoising-autoencoder > autoencoder, denoising | denoising autoencoder | шумоподавляющий автоэнкодер | 去噪自编码器 | DAE
sparse-coding > dimensionality-reduction, sparsity, sparse-autoencoder | sparse coding | разреженное кодирование | 稀疏编码
principal-component-analysis > dimensionality-reduction | principal components | главные компоненты | 主成分
t-sne > dimensionality-reduction | manifold learning | обучение многообразий; вложение многообразия | 流形学习
manifold-hypothesis > latent-space | manifold hypothesis; data manifold; low-dimensional manifold | гипотеза многообразия; многообразие данных | 流形假设; 数据流形
`;
