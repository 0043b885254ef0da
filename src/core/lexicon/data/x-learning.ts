/**
 * Lexicon block (second round): learning methods, training techniques and optimisation vocabulary not
 * in the first blocks. Format: `../parse.ts`; how entries were checked: `../REVIEW.md`.
 * @module
 */
export const text = `
# === Learning paradigms and settings
lifelong-learning > continual-learning | lifelong learning; never-ending learning | обучение на протяжении всей жизни; пожизненное обучение | 终身学习
incremental-learning > continual-learning, class-incremental | incremental learning; task-incremental learning; domain-incremental learning | инкрементальное обучение; инкрементное обучение | 增量学习
online-continual-learning > continual-learning, online-learning | online continual learning | онлайн-непрерывное обучение | 在线持续学习
exemplar-free > class-incremental, replay-buffer | exemplar-free; rehearsal-free | без хранения примеров; без повторения примеров | 无样本回放; 无回放
knowledge-retention > catastrophic-forgetting, knowledge | knowledge retention; retaining knowledge | сохранение знаний | 知识保留
positive-transfer > transfer-learning | positive transfer; negative transfer | положительный перенос; отрицательный перенос; негативный перенос | 正迁移; 负迁移
cross-domain > domain-adaptation | cross-domain; cross-domain generalization | междоменн*; кросс-доменн* | 跨域; 跨领域
domain-generalization > generalization, domain-adaptation | domain generalization; out-of-domain generalization | обобщение на новые домены; доменное обобщение | 领域泛化; 域泛化
unsupervised-domain-adaptation > domain-adaptation, unsupervised-learning | unsupervised domain adaptation | неконтролируемая адаптация домена; адаптация домена без разметки | 无监督域适应; 无监督领域自适应 | UDA
source-free-adaptation > domain-adaptation | source-free domain adaptation; source-free adaptation | адаптация без исходных данных | 无源域适应
out-of-distribution > distribution-shift | out-of-distribution; OOD detection; out-of-distribution detection | вне распределения; данные вне распределения; обнаружение данных вне распределения | 分布外; 分布外检测 | OOD
covariate-shift > distribution-shift | covariate shift; dataset shift | ковариационный сдвиг; сдвиг ковариат | 协变量偏移
concept-drift > distribution-shift | concept drift | дрейф концепций; концептуальный дрейф | 概念漂移
compositional-generalization > generalization | compositional generalization; systematic generalization | композиционное обобщение; систематическое обобщение | 组合泛化
length-generalization > generalization, long-context, long-context-training, context-extension | length generalization; length extrapolation | обобщение по длине; экстраполяция длины | 长度泛化; 长度外推
zero-shot-generalization > zero-shot-learning, generalization | zero-shot generalization; zero-shot transfer | обобщение без примеров; перенос без примеров | 零样本泛化; 零样本迁移
cross-modal-learning > multimodal, alignment-module | cross-modal learning; cross-modal alignment; cross-modal | кросс-модальн*; межмодальн* | 跨模态
multimodal-fusion > multimodal, feature-fusion, modality | multimodal fusion; modality fusion; late fusion; early fusion | мультимодальное слияние; слияние модальностей; объединение модальностей | 多模态融合; 模态融合
modality-gap > multimodal, modality | modality gap; modality imbalance; missing modality | разрыв модальностей; дисбаланс модальностей; отсутствующая модальность | 模态差距; 模态不平衡; 模态缺失
self-distillation > distillation | self-distillation | самодистилляция | 自蒸馏
knowledge-distillation-llm > distillation, llm | LLM distillation; distilling large language models | дистилляция больших языковых моделей | 大模型蒸馏; 大语言模型蒸馏
data-free-distillation > distillation, dataset-distillation | data-free distillation; data-free knowledge distillation | дистилляция без данных | 无数据蒸馏
mutual-learning > distillation | mutual learning; deep mutual learning | взаимное обучение | 互学习
co-training > semi-supervised-learning, multi-view-learning | co-training | ко-тренинг | 协同训练
pseudo-labeling > semi-supervised-learning, self-training | pseudo-labeling; pseudo-labels; pseudo labels | псевдоразметка; псевдометки; псевдо-метки | 伪标签
label-propagation > semi-supervised-learning, annotation | label propagation | распространение меток | 标签传播
self-labeling > self-training, annotation | self-labeling; self-annotation | самостоятельная разметка; саморазметка | 自标注
weak-supervision > weakly-supervised-learning, annotation | weak supervision; weak labels; distant supervision | слабый контроль; слабые метки; дистанционный контроль | 弱监督信号; 弱标签; 远程监督
learning-from-demonstrations > imitation-learning, few-shot-prompting | learning from demonstrations; expert demonstrations | обучение по демонстрациям; демонстрации эксперта; экспертные демонстрации | 从示范中学习; 专家示范; 示教学习
behavior-cloning > imitation-learning | behavior cloning; behavioral cloning | клонирование поведения | 行为克隆 | BC
learning-from-feedback > alignment | learning from feedback; feedback learning; natural language feedback | обучение на обратной связи; обучение с обратной связью | 从反馈中学习; 反馈学习
learning-to-rank > ranking | learning to rank; listwise ranking; pairwise ranking | обучение ранжированию | 排序学习 | LTR
multi-objective-learning > optimization-math, auxiliary-loss | multi-objective optimization; multi-objective learning; Pareto front; Pareto optimal | многокритериальная оптимизация; многоцелевая оптимизация; фронт Парето; оптимальность по Парето | 多目标优化; 帕累托前沿; 帕累托最优
collaborative-learning > federated-learning, training | collaborative learning; decentralized learning | совместное обучение моделей; децентрализованное обучение | 协作学习; 去中心化学习
split-learning > federated-learning | split learning | расщеплённое обучение | 拆分学习
personalized-federated > federated-learning, personalization | personalized federated learning | персонализированное федеративное обучение | 个性化联邦学习
continual-pretraining-domain > continued-pretraining, domain-adaptation, domain-specific-model | domain-adaptive pretraining; domain-specific pretraining | доменно-адаптивное предобучение; предобучение на данных домена | 领域自适应预训练; 领域预训练
instruction-pretraining > pretraining, instruction-tuning | instruction pre-training; instruction pretraining | инструктивное предобучение | 指令预训练
multitask-prompted > multi-task-learning, instruction-tuning, prompting | multitask prompted training; multi-task instruction tuning | многозадачное инструктивное обучение | 多任务指令微调
cross-validation > evaluation, bootstrap | cross-validation; k-fold | перекрёстная проверка; кросс-валидация | 交叉验证
hold-out > test-set | held-out set; held-out data; validation set; development set | отложенная выборка; валидационная выборка; валидационный набор | 验证集; 留出集; 开发集
train-test-split > test-set | train-test split; data split; training split | разбиение на обучающую и тестовую выборки; разбиение данных | 训练测试划分; 数据划分
# === Training techniques
gradient-accumulation > training, large-batch | gradient accumulation | накопление градиентов | 梯度累积
gradient-checkpointing > memory-efficiency | gradient checkpointing; activation checkpointing; activation recomputation | контрольные точки градиентов; пересчёт активаций | 梯度检查点; 激活重计算
loss-spike > training-stability, loss-function | loss spikes; loss spike; training divergence; training instability | всплески функции потерь; скачки потерь; нестабильность обучения; расхождение обучения | 损失尖峰; 训练不稳定; 训练发散
gradient-explosion > training-stability, vanishing-gradient, gradient | exploding gradients; gradient explosion | взрыв градиентов; взрывающиеся градиенты | 梯度爆炸
layer-norm > normalization, layer-wise | layer normalization; LayerNorm; RMSNorm; RMS normalization | нормализация слоя; послойная нормализация | 层归一化; 层标准化 | LN
batch-norm > normalization | batch normalization; BatchNorm | пакетная нормализация; батч-нормализация | 批归一化; 批量归一化 | BN
group-norm > normalization | group normalization; instance normalization | групповая нормализация; нормализация экземпляров | 组归一化; 实例归一化
weight-normalization > normalization | weight normalization; spectral normalization | нормализация весов; спектральная нормализация | 权重归一化; 谱归一化
pre-norm > normalization | pre-norm; post-norm; pre-LN; post-LN | пре-нормализация; пост-нормализация | 前置归一化; 后置归一化
mixup > data-augmentation, data-augmentation-vision | mixup; CutMix; manifold mixup | миксап | 混合增强
random-erasing > data-augmentation-vision | random erasing; cutout; random cropping | случайное стирание; случайная обрезка | 随机擦除; 随机裁剪
augmentation-policy > data-augmentation | augmentation policy; AutoAugment; RandAugment | политика аугментации; автоматическая аугментация | 增强策略; 自动数据增强
text-augmentation > data-augmentation | text augmentation; textual data augmentation | аугментация текста; аугментация текстовых данных | 文本增强; 文本数据增强
noise-injection > regularization, noise, gaussian-distribution | noise injection; Gaussian noise injection | внедрение шума; добавление шума | 噪声注入
data-parallelism > parallelism | data parallelism; data parallel | параллелизм по данным; параллелизм данных | 数据并行
tensor-parallelism > parallelism | tensor parallelism; model parallelism; tensor parallel | тензорный параллелизм; модельный параллелизм | 张量并行; 模型并行
pipeline-parallelism > parallelism | pipeline parallelism; pipeline parallel | конвейерный параллелизм | 流水线并行
sequence-parallelism > parallelism, long-context, attention | sequence parallelism; context parallelism; ring attention | параллелизм по последовательности; кольцевое внимание | 序列并行; 上下文并行; 环形注意力
fsdp > zero-redundancy | fully sharded data parallel; sharded training | полностью шардированный параллелизм данных; шардированное обучение | 全分片数据并行; 分片训练 | FSDP
flash-attention > efficient-attention | FlashAttention; flash attention; IO-aware attention | флэш-внимание | 闪存注意力; 快速注意力
fused-kernel > kernel-optimization | fused kernel; kernel fusion; operator fusion | слияние ядер; объединение операторов | 算子融合; 内核融合
fp8-training > mixed-precision, quantization | FP8 training; low-precision training; bf16 | обучение в низкой точности; обучение в FP8 | 低精度训练
loss-weighting > loss-function, focal-loss | loss weighting; loss balancing; weighted loss | взвешивание потерь; балансировка функций потерь | 损失加权; 损失平衡
hinge-loss > loss-function, ranking-loss, contrastive-loss | hinge loss; margin loss; triplet loss | шарнирная функция потерь; триплетная функция потерь | 铰链损失; 三元组损失
infonce > contrastive-loss | InfoNCE; NT-Xent; noise-contrastive estimation | шумоконтрастная оценка | 噪声对比估计 | NCE
kd-loss-temperature > distillation-loss, label-smoothing | soft labels; soft targets | мягкие метки; мягкие целевые значения | 软标签; 软目标
hard-labels > training-data, annotation | hard labels; one-hot labels; ground-truth labels | жёсткие метки; истинные метки; эталонные метки | 硬标签; 真实标签
negative-sampling > contrastive-learning, hard-negative | negative sampling; negative samples; in-batch negatives | отрицательное сэмплирование; отрицательные примеры; негативные примеры | 负采样; 负样本
positive-pairs > contrastive-learning | positive pairs; positive samples | положительные пары; положительные примеры | 正样本对; 正样本
momentum-encoder > self-supervised-learning, sgd-momentum, encoder, weight-averaging | momentum encoder; momentum teacher; exponential moving average teacher | моментный энкодер | 动量编码器
ema > weight-averaging | exponential moving average; EMA of weights | экспоненциальное скользящее среднее | 指数移动平均 | EMA
stochastic-weight-averaging > weight-averaging | stochastic weight averaging | стохастическое усреднение весов | 随机权重平均 | SWA
model-soup > model-merging | model soup; model soups; weight interpolation | суп из моделей; интерполяция весов | 模型汤; 权重插值
task-arithmetic > model-merging, weight-space | task arithmetic; task vectors; task vector | арифметика задач; векторы задач | 任务算术; 任务向量
parameter-efficient-transfer > peft, transfer-learning | parameter-efficient transfer learning | параметрически эффективный перенос | 参数高效迁移学习
prefix-tuning > prompt-tuning, fine-tuning | prefix tuning; prefix-tuning | префиксная настройка; настройка префиксов | 前缀微调
p-tuning > prompt-tuning, prompting | P-tuning; soft prompts; soft prompt | мягкие подсказки; мягкие промпты | 软提示
qlora > lora, quantization | QLoRA; quantized LoRA | квантованная низкоранговая адаптация | 量化低秩适配 | QLoRA
dora > lora | weight-decomposed low-rank adaptation; DoRA | декомпозиция весов | 权重分解低秩适配 | DoRA
bitfit > peft, fine-tuning | bias tuning; BitFit | настройка смещений | 偏置微调
sparse-fine-tuning > peft, sparsity, fine-tuning | sparse fine-tuning | разреженное дообучение | 稀疏微调
selective-fine-tuning > peft, fine-tuning | selective fine-tuning; layer freezing; frozen layers; freezing layers | избирательное дообучение; заморозка слоёв; замороженные слои | 选择性微调; 冻结层
frozen-backbone > backbone, encoder | frozen backbone; frozen encoder; frozen model | замороженная основа; замороженный энкодер; замороженная модель | 冻结主干; 冻结编码器; 冻结模型
linear-probing > probing, evaluation | linear probing; linear probe; linear evaluation | линейное зондирование; линейный зонд | 线性探测; 线性评估
end-to-end-training > training | end-to-end training; trained end-to-end; end-to-end | сквозное обучение; обучение от начала до конца; end-to-end | 端到端训练; 端到端
two-stage-training > training | two-stage training; multi-stage training; staged training | двухэтапное обучение; многоэтапное обучение | 两阶段训练; 多阶段训练
joint-training > training | joint training; co-optimization; jointly trained | совместная оптимизация; совместно обученн* | 联合训练; 联合优化
from-scratch > training | training from scratch; from scratch | обучение с нуля; с нуля | 从头训练; 从零开始训练
training-recipe > training | training recipe; training recipes; training pipeline | рецепт обучения; конвейер обучения | 训练方案; 训练流程
hyperparameter-search > hyperparameter, automl | hyperparameter search; hyperparameter optimization; grid search; random search | поиск гиперпараметров; оптимизация гиперпараметров; поиск по сетке | 超参数搜索; 超参数优化; 网格搜索
sample-efficiency > data-efficiency | sample efficiency; sample-efficient | эффективность по выборке; эффективность использования выборки | 样本效率
compute-optimal > scaling-law, flops | compute-optimal; compute budget; compute-optimal training | вычислительно оптимальн*; вычислительный бюджет | 计算最优; 计算预算
over-training > training | overtraining; over-trained; longer training | перетренированность | 过度训练
model-collapse > synthetic-data | model collapse; recursive training on generated data | коллапс модели | 模型崩溃; 模型坍塌
mode-collapse > gan | mode collapse; mode dropping | коллапс мод; схлопывание мод | 模式崩溃; 模式坍塌
posterior-collapse > vae, bayesian-model | posterior collapse | коллапс апостериорного распределения | 后验坍塌
representation-collapse > representation-learning | representation collapse; dimensional collapse | коллапс представлений; размерный коллапс | 表示坍塌; 维度坍塌
neural-collapse > training-dynamics | neural collapse | нейронный коллапс | 神经坍塌
feature-learning > representation-learning | feature learning; learned features | обучение признаков; выученные признаки | 特征学习
disentangled-representation > disentanglement | disentangled representations; disentangled representation | распутанные представления | 解耦表示
# === Optimisation and optimisers
adamw > adam-optimizer, weight-decay, regularization | AdamW; decoupled weight decay | развязанная регуляризация весов | 解耦权重衰减 | AdamW
lion-optimizer > optimizer, adaptive-optimizer, sgd-momentum | Lion optimizer; evolved sign momentum | оптимизатор Lion | 狮子优化器
shampoo > second-order-optimization, adaptive-optimizer, matrix-factorization | Shampoo optimizer; K-FAC; Kronecker-factored | оптимизатор Shampoo; факторизация Кронекера | 克罗内克分解 | KFAC
sophia > second-order-optimization, linear-algebra | Sophia optimizer; Hessian-based optimizer | оптимизатор на основе гессиана | 基于海森矩阵的优化器
hessian > second-order-optimization, linear-algebra | Hessian; Hessian matrix; curvature | гессиан; матрица Гессе; кривизна | 海森矩阵; 曲率
natural-gradient > second-order-optimization, gradient | natural gradient; Fisher information | натуральный градиент; информация Фишера | 自然梯度; 费舍尔信息
stochastic-gradient-descent > gradient-descent, batch-size | stochastic gradient descent; mini-batch gradient descent | стохастический градиентный спуск; мини-пакетный градиентный спуск | 随机梯度下降; 小批量梯度下降 | SGD
cosine-schedule > learning-rate-schedule | cosine schedule; cosine decay; cosine annealing | косинусное расписание; косинусный отжиг | 余弦退火; 余弦衰减
learning-rate-decay > learning-rate-schedule | learning rate decay; step decay; linear decay | затухание скорости обучения; уменьшение скорости обучения | 学习率衰减
convergence > optimization-math, training-dynamics | convergence; convergence rate; converges | сходимость; скорость сходимости; сходится | 收敛; 收敛速度; 收敛性
saddle-point > non-convex | saddle point; saddle points; local minima; local minimum | седловая точка; локальный минимум; локальные минимумы | 鞍点; 局部极小值; 局部最优
global-optimum > optimization-math | global optimum; global minimum | глобальный оптимум; глобальный минимум | 全局最优; 全局最小值
gradient-estimation > gradient, gradient-informed, estimation | gradient estimation; gradient estimator; REINFORCE estimator | оценка градиента; оценщик градиента | 梯度估计
policy-gradient > policy-optimization, gradient | policy gradient; policy gradients; REINFORCE | градиент политики; градиент стратегии | 策略梯度
proximal-policy-optimization > policy-optimization | proximal policy optimization | проксимальная оптимизация политики | 近端策略优化 | PPO
actor-critic > policy-optimization, value-function | actor-critic | актор-критик; актёр-критик | 演员评论家 | A2C; A3C; SAC
q-learning > value-function | Q-learning; deep Q-network; Q-function | Q-обучение; Q-функция; глубокая Q-сеть | 动作价值函数 | DQN
temporal-difference > value-function | temporal difference; TD learning | обучение на временных разностях; временные разности | 时序差分 | TD
advantage-estimation > policy-optimization, estimation | advantage estimation; advantage function; generalized advantage estimation | оценка преимущества; функция преимущества | 优势估计; 优势函数 | GAE
group-relative-policy > rl-for-llm, policy-optimization | group relative policy optimization | групповая относительная оптимизация политики | 组相对策略优化 | GRPO
dpo-variant > preference-optimization | direct preference optimization | прямая оптимизация предпочтений | 直接偏好优化 | DPO; IPO; KTO; ORPO; SimPO
reward-shaping > reward | reward shaping; dense reward; sparse reward | формирование вознаграждения; разреженное вознаграждение; плотное вознаграждение | 奖励塑形; 稀疏奖励; 密集奖励
reward-modeling-outcome > reward-model, process-reward | outcome reward model; outcome supervision | модель вознаграждения за результат; контроль по результату | 结果奖励模型; 结果监督 | ORM
rule-based-reward > reward, verifier | rule-based reward; verifiable rewards; verifiable reward | вознаграждение на основе правил; проверяемое вознаграждение | 基于规则的奖励; 可验证奖励 | RLVR
ai-feedback > rlhf, constitutional-ai, artificial-intelligence | AI feedback; reinforcement learning from AI feedback | обратная связь от ИИ; обучение с подкреплением на основе обратной связи от ИИ | 人工智能反馈 | RLAIF
human-preference > preference-data, annotation | human preferences; human preference; preference labels | человеческие предпочтения; предпочтения людей; метки предпочтений | 人类偏好; 偏好标签
pairwise-preference > preference-data | pairwise preferences; chosen and rejected; preference pairs | попарные предпочтения; пары предпочтений | 成对偏好; 偏好对
self-rewarding > self-improvement, reward-model, reward, language-model | self-rewarding; self-rewarding language models | самовознаграждение; самовознаграждающ* | 自我奖励
iterative-alignment > alignment, preference-optimization | iterative alignment; iterative DPO; online preference optimization | итеративное выравнивание; итеративная оптимизация предпочтений | 迭代对齐; 在线偏好优化
superalignment > alignment, scalable-oversight | superalignment; weak-to-strong generalization; weak-to-strong | суперсогласование; обобщение от слабого к сильному | 超级对齐; 弱到强泛化
value-alignment > alignment, psychometrics, value-pluralism | value alignment; human values; aligned with human values | согласование ценностей; человеческие ценности | 价值对齐; 人类价值观
over-refusal > refusal | over-refusal; exaggerated safety; false refusal | чрезмерные отказы; излишние отказы | 过度拒绝; 过度拒答
safety-tuning > safety-alignment, fine-tuning | safety fine-tuning; safety tuning; safety training | обучение безопасности; дообучение на безопасность | 安全微调; 安全训练
unlearning-llm > machine-unlearning, llm, catastrophic-forgetting | LLM unlearning; unlearning in language models | разобучение языковых моделей | 大模型遗忘; 大语言模型遗忘
model-editing-locate > knowledge-editing | locate-then-edit; ROME; MEMIT; model editing | редактирование модели; редактирование моделей | 模型编辑
activation-steering > steering | activation steering; steering vectors; activation addition | управление активациями; векторы управления | 激活引导; 引导向量
representation-engineering > representation-editing, steering | representation engineering | инженерия представлений | 表示工程 | RepE
circuit-discovery > mechanistic-interpretability, in-context-theory | circuits; circuit discovery; induction heads | поиск схем; индукционные головы | 电路发现; 归纳头
superposition > mechanistic-interpretability | superposition; polysemantic neurons; polysemanticity | суперпозиция; полисемантичные нейроны | 叠加; 多义神经元
saliency-map > feature-attribution | saliency map; saliency maps; Grad-CAM; class activation map | карта значимости; карты значимости; карта активации классов | 显著图; 显著性图; 类激活图 | CAM
shapley-values > feature-attribution | Shapley values; SHAP; integrated gradients | значения Шепли; интегрированные градиенты | 沙普利值; 积分梯度 | SHAP
counterfactual-explanation > interpretability, causal-inference | counterfactual explanations; counterfactual explanation | контрфактические объяснения; контрфактическое объяснение | 反事实解释
explainable-ai > interpretability, artificial-intelligence | explainable AI; explainability; explanations | объяснимый ИИ; объяснимость; объяснимый искусственный интеллект | 可解释人工智能; 可解释性 | XAI
natural-language-explanation > interpretability | natural language explanations; rationales; rationale generation | объяснения на естественном языке; обоснования | 自然语言解释; 理由生成
faithfulness-explanation > interpretability, trustworthiness | faithfulness of explanations; faithful explanations; plausibility | достоверность объяснений | 解释忠实度
# === Generative modelling vocabulary
likelihood-training > likelihood, estimation | maximum likelihood; maximum likelihood estimation; log-likelihood | максимальное правдоподобие; метод максимального правдоподобия; логарифм правдоподобия | 最大似然; 极大似然估计; 对数似然 | MLE
evidence-lower-bound > variational-inference | evidence lower bound; variational lower bound; ELBO | нижняя граница обоснованности; вариационная нижняя граница | 证据下界; 变分下界 | ELBO
reparameterization > variational-inference, straight-through | reparameterization trick; reparameterization | трюк репараметризации; репараметризация | 重参数化技巧; 重参数化
vq-vae > vae, discrete-tokens, quantization | VQ-VAE; vector quantization; vector-quantized | векторное квантование; векторно-квантованн* | 向量量化; 矢量量化 | VQ; VQGAN
codebook > discrete-tokens | codebook; codebook collapse | кодовая книга | 码本
residual-quantization > vq-vae, quantization | residual vector quantization; residual quantization | остаточное векторное квантование; остаточное квантование | 残差向量量化; 残差量化 | RVQ
finite-scalar-quantization > vq-vae, quantization | finite scalar quantization; lookup-free quantization | конечное скалярное квантование | 有限标量量化 | FSQ; LFQ
rectified-flow > flow-matching | rectified flow; rectified flows | выпрямленный поток; выпрямленные потоки | 整流流; 校正流
stochastic-interpolants > flow-matching, optimal-transport | stochastic interpolants; optimal transport flow | стохастические интерполянты | 随机插值
probability-flow-ode > diffusion-sampler, neural-ode, differential-equation, numerical-methods | probability flow ODE; diffusion ODE; ODE solver | обыкновенное дифференциальное уравнение потока вероятности; решатель ОДУ | 概率流常微分方程; 常微分方程求解器 | ODE
sde-diffusion > diffusion-model, stochastic-process | stochastic differential equation; score-based SDE | стохастическое дифференциальное уравнение | 随机微分方程 | SDE
ddim > diffusion-sampler, ddpm, denoising | DDIM; denoising diffusion implicit models | неявные модели диффузионного шумоподавления | 去噪扩散隐式模型 | DDIM
dpm-solver > diffusion-sampler | DPM-Solver; fast diffusion sampler | быстрый сэмплер диффузии | 快速扩散采样器
adversarial-diffusion-distillation > diffusion-distillation | adversarial diffusion distillation | состязательная дистилляция диффузии | 对抗扩散蒸馏 | ADD
latent-consistency > consistency-model, latent-diffusion | latent consistency model; latent consistency models | латентная модель согласованности | 潜在一致性模型 | LCM
one-step-generation > few-step-generation | one-step generation; single-step generation; one-step diffusion | одношаговая генерация; генерация за один шаг | 单步生成; 一步生成
energy-function > energy-based-model, energy | energy function; energy landscape | энергетическая функция; энергетический ландшафт | 能量函数; 能量景观
autoregressive-decoding > autoregressive-model, decoding, decoder, prediction | autoregressive decoding; next-token prediction; next token prediction | авторегрессионное декодирование; предсказание следующего токена | 自回归解码; 下一个词预测; 下一词元预测 | NTP
masked-autoencoder > masked-modeling, autoencoder | masked autoencoder; masked autoencoders | маскированный автоэнкодер | 掩码自编码器 | MAE
masked-language-modeling > masked-modeling, cloze, pretraining, language-model | masked language modeling; masked language model; cloze-style pretraining | маскированное языковое моделирование; маскированная языковая модель | 掩码语言建模; 掩码语言模型 | MLM
denoising-autoencoder > autoencoder, denoising | denoising autoencoder | шумоподавляющий автоэнкодер | 去噪自编码器 | DAE
sparse-coding > dimensionality-reduction, sparsity, sparse-autoencoder | sparse coding; dictionary learning | разреженное кодирование; обучение словаря | 稀疏编码; 字典学习
principal-component-analysis > dimensionality-reduction | principal component analysis; principal components | метод главных компонент; главные компоненты | 主成分分析; 主成分 | PCA
t-sne > dimensionality-reduction | t-SNE; UMAP; manifold learning | обучение многообразий; вложение многообразия | 流形学习
manifold-hypothesis > latent-space | manifold hypothesis; data manifold; low-dimensional manifold | гипотеза многообразия; многообразие данных | 流形假设; 数据流形
`;
