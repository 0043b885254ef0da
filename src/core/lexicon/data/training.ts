/**
 * Lexicon block: training techniques in detail — optimisers, schedules, losses, regularisers, tricks,
 * model adaptation. Format: `../parse.ts`.
 * @module
 */
export const text = `
# === Optimisers and schedules
adam-optimizer > optimizer | Adam optimizer; AdamW; adaptive moment estimation | оптимизатор Adam; адаптивная оценка моментов | 自适应矩估计; 自适应矩估计优化器 | Adam; AdamW
sgd-momentum > gradient-descent | momentum; Nesterov momentum; heavy ball | импульс; момент Нестерова; метод тяжелого шарика | 动量; 涅斯捷罗夫动量
adaptive-optimizer > optimizer | adaptive optimizer; Adagrad; RMSProp; Adafactor; Shampoo; Lion optimizer | адаптивный оптимизатор | 自适应优化器 | Adagrad; RMSProp; Adafactor; Shampoo
learning-rate-schedule > learning-rate | learning rate schedule; cosine schedule; cosine annealing; linear decay; step decay | расписание скорости обучения; косинусное расписание; косинусный отжиг; линейное затухание | 学习率调度; 余弦退火; 线性衰减
warmup > learning-rate-schedule | warmup; learning rate warmup; warm-up | разогрев*; прогрев скорости обучения; вармап | 预热; 学习率预热
large-batch > batch-size | large-batch training; large batch; gradient accumulation | обучение с большим батчем; большой батч; накопление градиентов | 大批量训练; 梯度累积
loss-scaling > mixed-precision | loss scaling; numerical stability; overflow | масштабирование потерь; численная стабильность; переполнение | 损失缩放; 数值稳定性; 溢出
gradient-noise > gradient | gradient noise; stochastic gradients; gradient variance | шум градиента; стохастические градиенты; дисперсия градиента | 梯度噪声; 随机梯度; 梯度方差
gradient-informed > gradient | gradient-informed; gradient estimation; gradient-based routing | на основе градиентов; оценка градиента | 梯度引导; 梯度估计
straight-through > gradient | straight-through estimator; STE; Gumbel-softmax; reparameterization trick | сквозной оценщик; прием репараметризации; трюк репараметризации | 直通估计器; 重参数化技巧 | STE
mup > hyperparameter | maximal update parametrization; muP; hyperparameter transfer | параметризация максимального обновления; перенос гиперпараметров | 最大更新参数化; 超参数迁移 | muP
weight-averaging > training | weight averaging; exponential moving average; EMA; stochastic weight averaging | усреднение весов; экспоненциальное скользящее среднее | 权重平均; 指数移动平均 | EMA; SWA
label-smoothing > regularization | label smoothing; soft labels | сглаживание меток; мягкие метки | 标签平滑; 软标签
data-augmentation-vision > data-augmentation, computer-vision | image augmentation; random crop; mixup; cutmix; color jitter | аугментация изображений; случайная обрезка; смешивание изображений | 图像增强; 随机裁剪; 混合增强 | MixUp; CutMix
stochastic-depth > regularization | stochastic depth; drop path; layer dropout | стохастическая глубина; отбрасывание путей | 随机深度; 路径丢弃
normalization-free > normalization | normalization-free; weight standardization; weight normalization | без нормализации; стандартизация весов; нормализация весов | 无归一化; 权重标准化; 权重归一化
sharpness-aware > optimizer | sharpness-aware minimization; SAM optimizer | минимизация с учетом остроты | 锐度感知最小化
second-moment > optimizer | second moment; preconditioning; preconditioner | второй момент; предобуславливание; предобуславливатель | 二阶矩; 预条件; 预条件器

# === Losses and objectives
contrastive-loss > contrastive-learning, loss-function | InfoNCE; contrastive loss; triplet loss; NT-Xent | контрастная функция потерь; триплетная функция потерь | 对比损失; 三元组损失 | InfoNCE
reconstruction-loss > loss-function | reconstruction loss; reconstruction error; reconstruction objective | потери реконструкции; ошибка реконструкции | 重建损失; 重建误差
adversarial-loss > gan, loss-function | adversarial loss; discriminator; generator and discriminator | состязательная функция потерь; дискриминатор; генератор и дискриминатор | 对抗损失; 判别器; 生成器和判别器
perceptual-loss > loss-function | perceptual loss; feature matching loss | перцептивная функция потерь; потери сопоставления признаков | 感知损失; 特征匹配损失
auxiliary-loss > loss-function | auxiliary loss; auxiliary objective; multi-objective | вспомогательная функция потерь; вспомогательная цель; многокритериальн* | 辅助损失; 辅助目标; 多目标
focal-loss > loss-function, class-imbalance | focal loss; class-balanced loss; weighted loss | фокальная функция потерь; взвешенная функция потерь | 焦点损失; 加权损失
ranking-loss > loss-function, ranking | ranking loss; pairwise loss; margin loss; hinge loss | функция потерь ранжирования; попарная функция потерь; потери с отступом | 排序损失; 成对损失; 铰链损失
denoising-objective > denoising, loss-function | denoising objective; noise prediction; epsilon prediction; v-prediction | цель шумоподавления; предсказание шума | 去噪目标; 噪声预测
distillation-loss > distillation, loss-function | distillation loss; KL distillation; logit distillation; feature distillation | функция потерь дистилляции; дистилляция логитов; дистилляция признаков | 蒸馏损失; 逻辑蒸馏; 特征蒸馏
mixed-objective > loss-function | mixed objective; hybrid objective; joint objective; multi-task loss | смешанная цель; гибридная цель; совместная цель | 混合目标; 联合目标
teacher-model > distillation | teacher model; student model; teacher network | модель-учитель; модель-ученик; сеть-учитель | 教师模型; 学生模型; 教师网络

# === Model adaptation
domain-specific-model > domain-adaptation | domain-specific; domain-specific model; specialized model; domain expert model | предметно-ориентированн*; специализированная модель; доменная модель | 领域专用; 专用模型; 领域模型
adapted-llm > domain-specific-model, llm | adapted large language model; domain-adapted LLM; specialized LLM | адаптированная языковая модель; специализированная LLM | 领域适配大模型; 专用大模型
task-specific > fine-tuning | task-specific; task-specific fine-tuning; task adapters; task LoRA | специфичн* для задачи; адаптеры задач; задачно-специфичн* | 任务特定; 任务适配器
prompt-based-learning > prompting | prompt-based learning; prompt-based fine-tuning; instruction prompts | обучение на основе промптов | 基于提示的学习
lightweight-model > efficiency | lightweight model; compact model; tiny model; small model | легковесная модель; компактная модель; небольшая модель; малая модель | 轻量模型; 紧凑模型; 小型模型
model-initialization > initialization | model initialization; initializing from a smaller model; function-preserving | инициализация модели; инициализация меньшей моделью; сохраняющее функцию | 模型初始化; 小模型初始化; 函数保持
model-growth > scaling, model-initialization | model growth; progressive growing; network expansion | рост модели; постепенное наращивание; расширение сети | 模型增长; 渐进增长; 网络扩展
layer-swapping > model-merging | layer swapping; layer replacement; layer transplant | замена слоев; замена слоёв; пересадка слоев | 层交换; 层替换
catastrophic-interference > catastrophic-forgetting | catastrophic interference; interference | катастрофическая интерференция; интерференция | 灾难性干扰; 干扰
replay-buffer > continual-learning | replay; rehearsal; replay buffer | воспроизведение; буфер воспроизведения | 回放; 复习; 回放缓冲
test-time-adaptation > domain-adaptation | test-time adaptation; test-time training; online adaptation | адаптация во время тестирования; обучение во время тестирования | 测试时适应; 测试时训练
federated-fine-tuning > federated-learning, fine-tuning | federated fine-tuning; federated full-parameter tuning; federated LLM | федеративное дообучение; федеративная настройка | 联邦微调; 联邦大模型
multilingual-transfer > cross-lingual-transfer | multilingual transfer; language-specific layers; language adapters | многоязычный перенос; языковые адаптеры | 多语言迁移; 语言适配器
language-adaptation > multilingual, domain-adaptation | language adaptation; vocabulary extension; adapting to a new language | адаптация к языку; расширение словаря; адаптация к новому языку | 语言适配; 词表扩展
quantization-aware > quantization | quantization-aware training; post-training quantization; QAT; PTQ | обучение с учетом квантования; квантование после обучения | 量化感知训练; 训练后量化 | QAT; PTQ
weight-only-quantization > quantization | weight-only quantization; activation quantization; KV cache quantization | квантование только весов; квантование активаций; квантование KV-кэша | 仅权重量化; 激活量化; 键值缓存量化
outliers > quantization | outliers; outlier channels; activation outliers | выбросы; выбросы в каналах; выбросы активаций | 异常值; 离群通道; 激活异常值
8-bit-attention > quantization, efficient-attention | 8-bit attention; quantized attention; low-precision attention | 8-битное внимание; квантованное внимание | 八位注意力; 量化注意力; 低精度注意力
`;
