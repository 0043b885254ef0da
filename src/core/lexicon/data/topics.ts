/**
 * Lexicon block: the concepts the 31 catalog topics are made of (`../../topics/catalog.ts` groups them).
 * Format: `../parse.ts`.
 * @module
 */
export const text = `
# === Language models
language-model | language model; language modeling; language modelling | языковая модель; языковое моделирование; модель языка; ЯМ | 语言模型; 语言建模
llm > language-model | large language model; large-scale language model; large LM | большая языковая модель; крупная языковая модель; большие языковые модели | 大语言模型; 大型语言模型; 大规模语言模型; 大模型 | LLM; LLMs
small-language-model > language-model | small language model; compact language model | малая языковая модель; компактная языковая модель; небольшая языковая модель | 小型语言模型; 小语言模型; 小模型 | SLM; SLMs
foundation-model | foundation model; base model; pretrained backbone | фундаментальная модель; базовая модель; модель-основа | 基础模型; 基座模型; 底座模型
gpt-family > llm | GPT; generative pre-trained transformer; ChatGPT | генеративный предобученный трансформер; ЧатГПТ | 生成式预训练变换器; 生成式预训练模型 | GPT; ChatGPT; InstructGPT
llama-family > llm | LLaMA; Llama | LLaMA; Лама | 羊驼模型; 羊驼 | LLaMA; Llama; Alpaca; Vicuna
palm-family > llm | PaLM; Pathways language model | модель PaLM | 路径语言模型 | PaLM
falcon-family > llm | Falcon LLM; Phi model; small open models | модель Falcon; модель Phi | 猎鹰模型 | Falcon; Phi
bert-family > language-model | BERT; RoBERTa; encoder-only model | BERT; энкодерная модель | 双向编码器; 编码器模型 | BERT; RoBERTa; DeBERTa; ALBERT; ELECTRA
t5-family > language-model | T5; encoder-decoder language model | модель T5 | 编码器解码器语言模型 | T5; mT5; BART

# === Diffusion and generative models
diffusion-model | diffusion model; diffusion; diffusion-based; denoising diffusion; diffusion process | диффузионная модель; диффузия; диффуз* | 扩散模型; 扩散; 扩散过程
denoising > diffusion-model | denoising; denoiser; denois*; noise removal | шумоподавление; денойзинг; денойз*; удаление шума | 去噪; 降噪
score-matching > diffusion-model | score matching; score-based model; score-based generative model | сопоставление оценок; модель на основе оценок | 分数匹配; 得分匹配
consistency-model > diffusion-model | consistency model | модель согласованности; модели согласованности | 一致性模型 | LCM
latent-diffusion > diffusion-model | latent diffusion; latent diffusion model | латентная диффузия; латентная диффузионная модель | 潜在扩散; 隐扩散; 潜空间扩散 | LDM; LDMs
ddpm > diffusion-model | denoising diffusion probabilistic model | вероятностная диффузионная модель | 去噪扩散概率模型 | DDPM; DDIM
diffusion-transformer > diffusion-model, transformer | diffusion transformer | диффузионный трансформер | 扩散变换器 | DiT; DiTs
stable-diffusion > latent-diffusion | Stable Diffusion | Stable Diffusion; стабильная диффузия | 稳定扩散 | SDXL; SD3
classifier-free-guidance > diffusion-model, guidance | classifier-free guidance; guidance scale | безклассификаторное наведение; бесклассификаторное руководство; масштаб наведения | 无分类器引导; 引导尺度 | CFG
flow-matching > generative-model | flow matching; rectified flow | сопоставление потоков; согласование потоков; выпрямленный поток | 流匹配; 整流流
generative-model | generative model; generative modeling; generative AI | генеративная модель; генеративное моделирование; генеративный ИИ | 生成模型; 生成式模型; 生成式人工智能; 生成式 | AIGC
gan > generative-model | generative adversarial network; adversarial generator | генеративно-состязательная сеть; состязательная сеть | 生成对抗网络; 对抗生成网络 | GAN; GANs; StyleGAN
vae > generative-model | variational autoencoder; variational auto-encoder | вариационный автокодировщик; вариационный автоэнкодер | 变分自编码器; 变分自动编码器 | VAE; VAEs

# === Multimodal
multimodal | multimodal; multi-modal; multimodality; cross-modal; omni-modal | мультимодальн*; многомодальн*; кросс-модальн* | 多模态; 跨模态; 全模态
vision-language > multimodal | vision-language; vision and language; visual-language; image-text | зрение и язык; визуально-языков*; визуальн* и языков*; изображение и текст; текст и изображение | 视觉语言; 图文; 图像文本
vlm > vision-language, language-model | vision-language model; visual language model; large vision-language model | визуально-языковая модель; зрительно-языковая модель; модель зрения и языка | 视觉语言模型; 视觉大模型; 多模态模型; 视觉语言大模型 | VLM; VLMs; LVLM; LVLMs
mllm > vlm, llm | multimodal large language model; multimodal LLM; large multimodal model | мультимодальная большая языковая модель; мультимодальная языковая модель; большая мультимодальная модель; крупная мультимодальная модель | 多模态大语言模型; 多模态大模型; 多模态语言模型 | MLLM; MLLMs; LMM; LMMs
clip > vision-language | contrastive language-image pre-training; contrastive language-image pretraining | контрастивное предобучение изображений и текста | 对比语言图像预训练 | CLIP; SigLIP
llava > mllm | LLaVA; visual instruction tuning | визуальная настройка на инструкциях | 视觉指令微调 | LLaVA
vqa > vision-language, question-answering | visual question answering; visual QA | визуальные вопросы и ответы; ответы на вопросы по изображению; ответы на визуальные вопросы; визуальные ответы на вопросы | 视觉问答 | VQA
captioning | captioning; caption generation; captions | генерация подписей; подписи; описание содержимого | 字幕生成; 描述生成
image-captioning > vision-language, captioning | image captioning; image caption; image captions | подписи к изображениям; описание изображений; генерация подписей к изображениям | 图像描述; 图像字幕; 图像标题生成
audio-visual > multimodal | audio-visual; audiovisual; audio and video | аудиовизуальн*; аудио и видео | 视听; 音视频

# === Video
video | video; videos; video clip | видео; видеоролик; видеоклип | 视频; 视频片段
video-generation > video, generative-model | video generation; video synthesis; text-to-video; image-to-video; video diffusion | генерация видео; синтез видео; текст в видео; изображение в видео | 视频生成; 视频合成; 文生视频; 文本到视频; 图生视频 | T2V; I2V
video-understanding > video | video understanding; video comprehension; video question answering | понимание видео; анализ видео | 视频理解; 视频问答
video-editing > video | video editing | редактирование видео; видеомонтаж | 视频编辑

# === Image generation
image-generation > generative-model | image generation; image synthesis; generating images | генерация изображений; синтез изображений; создание изображений | 图像生成; 图像合成; 生成图像 | T2I
text-to-image > image-generation | text-to-image; text to image; text-to-image generation | текст в изображение; текст-в-изображение; по текстовому описанию | 文生图; 文本到图像; 文本生成图像
image-editing | image editing; photo editing; image manipulation; drag-based editing | редактирование изображений; редактирование фото; редактирование изображения | 图像编辑; 图片编辑
inpainting > image-editing | inpainting; image inpainting; outpainting | инпейнтинг; дорисовка; восстановление областей | 图像修复; 图像补全; 内补绘制
image-animation > image-generation | image animation; animating images | анимация изображений; оживление изображений | 图像动画

# === 3D
3d | 3D; three-dimensional; 3D scene; 3D content | трехмерн*; трёхмерн*; 3D | 三维 | 3D
4d > 3d | 4D; dynamic 3D; dynamic scene | 4D; динамическ* сцен*; четырехмерн* | 四维; 动态场景 | 4D
3d-reconstruction > 3d | 3D reconstruction; scene reconstruction; surface reconstruction | трехмерная реконструкция; 3D-реконструкция; реконструкция сцены; реконструкция поверхности | 三维重建; 三维重构; 场景重建; 表面重建
gaussian-splatting > 3d | gaussian splatting; 3D gaussian; gaussian splat | гауссов* сплат*; гауссовский сплэттинг; гауссово разбрызгивание; трехмерные гауссианы | 高斯泼溅; 高斯溅射; 三维高斯; 高斯点云 | 3DGS
nerf > 3d | neural radiance field; radiance field | поле нейронной светимости; нейронное поле излучения; поле излучения | 神经辐射场; 辐射场 | NeRF; NeRFs
point-cloud > 3d | point cloud | облако точек; облака точек | 点云
novel-view-synthesis > 3d | novel view synthesis; novel view; view synthesis | синтез новых ракурсов; синтез новых видов; новые ракурсы | 新视角合成; 新视角; 视图合成
depth-estimation > 3d | depth estimation; depth prediction; monocular depth; metric depth; depth map | оценка глубины; карта глубины; монокулярная глубина | 深度估计; 深度预测; 单目深度; 深度图
mesh > 3d | mesh; polygon mesh; 3D mesh | полигональная сетка; трехмерная сетка; меш | 网格模型; 三角网格; 多边形网格
text-to-3d > 3d, generative-model | text-to-3D; 3D generation; 3D asset generation; 3D content creation | генерация 3D; генерация трехмерных объектов; создание 3D-контента; текст в 3D | 三维生成; 文本到三维; 三维内容生成; 三维资产生成
avatar > 3d | avatar; digital human; 3D human | аватар; цифровой человек | 数字人; 虚拟形象; 虚拟人

# === Robotics
robotics | robot; robotics; robotic | робот; робототехника; роботизированн*; робот* | 机器人; 机器人学
embodied-ai > robotics | embodied AI; embodied agent; embodied intelligence; embodiment | воплощенный ИИ; воплощённый агент; воплощенн*; воплощённ* | 具身智能; 具身; 具身智能体
robot-manipulation > robotics | robotic manipulation; robot manipulation; object manipulation; manipulation tasks; grasping; dexterous manipulation | манипуляция объектами; манипуляции с объектами; роботизированн* манипуляци*; задачи манипуляции; захват объектов; манипулятор; манипуляция роботом; манипуляции роботов | 机器人操作; 机械臂; 机器人抓取; 灵巧操作
locomotion > robotics | locomotion; legged robot; quadruped; humanoid robot | локомоция; шагающий робот; четвероногий робот | 运动控制; 足式机器人; 四足机器人; 人形机器人
affordance > robotics | affordance | аффорданс; возможность действия | 可供性; 功能可供性
vla > robotics, vlm | vision-language-action model; robot policy; visuomotor policy; visuo-motor | модель зрение-язык-действие; политика робота; визуомоторн* | 视觉语言动作模型; 机器人策略; 视觉运动 | VLA; VLAs

# === Detection and segmentation
detection | detection*; detecting | обнаружение; детектирование | 检测; 侦测
object-detection | object detection; detector; object detector; open-vocabulary detection | обнаружение объектов; детекция объектов; детектор объектов; детекц*; детектор* | 目标检测; 物体检测; 对象检测; 检测器 | DETR; DETRs; YOLO
segmentation | segmentation; semantic segmentation; instance segmentation; panoptic segmentation; segmenting | сегментация; семантическая сегментация; сегментаци*; сегментир* | 分割; 语义分割; 实例分割; 全景分割 | SAM
bounding-box > object-detection | bounding box | ограничивающая рамка; ограничивающий прямоугольник | 边界框; 包围盒
object-tracking | object tracking; tracking; point tracking; visual tracking | отслеживание объектов; трекинг; отслеживание точек | 目标跟踪; 跟踪; 点跟踪
localization | localiz*; localis*; geo-localization; object localization | локализация; геолокализация; локализация объектов | 目标定位; 地理定位

# === Efficiency
efficiency | computational efficiency; computational cost; compute cost; resource efficiency; compute-efficient | вычислительные затраты; вычислительная сложность; вычислительные ресурсы; эффективность вычислений; вычислительная эффективность | 计算成本; 计算效率; 计算开销
inference-acceleration > efficiency | inference acceleration; speedup; speed-up; accelerate inference; faster inference; inference speed | ускорение вывода; ускорение инференса; ускорение; ускоря*; быстрый вывод; скорость вывода; эффективный вывод; эффективный инференс | 推理加速; 加速推理; 加速; 提速; 高效推理
latency > efficiency | latency; inference latency; low latency | задержка; латентность; время отклика | 延迟; 时延; 推理延迟
sparsity > efficiency | sparsity; sparse; sparsification; sparse attention | разреженность; разреженн*; спарсификация | 稀疏; 稀疏化; 稀疏性; 稀疏注意力
pruning > efficiency | pruning; network pruning; structured pruning | прунинг; обрезка сети; прореживание; отсечение весов | 剪枝; 模型剪枝; 结构化剪枝
distillation > efficiency | knowledge distillation; distillation; distill*; teacher-student | дистилляция; дистилляция знаний; дистиллир*; учитель-ученик | 蒸馏; 知识蒸馏; 模型蒸馏; 师生
moe > efficiency, architecture | mixture of experts; mixture-of-experts; sparse experts; expert routing | смесь экспертов; смеси экспертов; маршрутизация экспертов | 混合专家; 专家混合; 混合专家模型 | MoE; MoEs; SMoE
kv-cache > efficiency, long-context | KV cache; key-value cache | KV-кэш; кэш ключей и значений | 键值缓存; 缓存 | KV
flops > efficiency | FLOPs; floating point operations; compute budget | вычислительный бюджет; операции с плавающей точкой | 浮点运算; 计算量; 计算预算 | FLOPs; FLOP
token-reduction > efficiency | token reduction; token pruning; token merging; token compression | сокращение токенов; сжатие токенов; объединение токенов; прореживание токенов | 令牌压缩; 词元压缩; 令牌剪枝; 标记压缩
efficient-attention > efficiency, attention | efficient attention; linear attention; flash attention | эффективное внимание; линейное внимание | 高效注意力; 线性注意力 | FlashAttention

# === Quantization
quantization > efficiency | quantization; quantize; quantized; low-bit; low-precision | квантизация; квантование; квантиз*; квантован*; низкобитн*; низкая точность | 量化; 低比特; 低精度 | INT4; INT8; FP4; FP8; GPTQ; AWQ
binary-network > quantization | binary neural network; 1-bit; ternary weights; ternary | бинарная нейросеть; 1-битн*; тернарн* | 二值网络; 三值; 二值化 | BitNet

# === PEFT
peft | parameter-efficient fine-tuning; parameter-efficient; parameter efficient tuning; efficient fine-tuning | параметрически эффективное дообучение; эффективное дообучение; параметроэффективн*; эффективная настройка параметров | 参数高效微调; 参数高效; 高效微调 | PEFT
lora > peft | low-rank adaptation; low rank adaptation; low-rank adapter | низкоранговая адаптация; низкоранговый адаптер; адаптация низкого ранга | 低秩适配; 低秩适应; 低秩自适应 | LoRA; LoRAs; QLoRA; DoRA
adapter > peft | adapter*; adapter layer | адаптер; адаптеры; адаптерн* | 适配器; 适配层
prompt-tuning > peft | prompt tuning; prefix tuning; soft prompt | настройка промптов; префиксная настройка; мягкий промпт | 提示调优; 前缀调优; 软提示

# === Alignment and RL
alignment | alignment*; value alignment; aligning with human; human-aligned | выравнивание; выравнивание модели; согласование с ценностями; элайнмент | 对齐; 价值对齐; 人类对齐
rlhf > alignment, reinforcement-learning | reinforcement learning from human feedback; human feedback | обучение с подкреплением на основе обратной связи; обратная связь от человека; обратная связь от людей; отзывы людей | 基于人类反馈的强化学习; 人类反馈 | RLHF; RLAIF
preference-optimization > alignment | preference optimization; preference learning; preference tuning; direct preference optimization; human preference | оптимизация предпочтений; обучение на предпочтениях; предпочтения людей; предпочтен*; настройка предпочтений; выравнивание по предпочтениям | 偏好优化; 偏好学习; 直接偏好优化; 人类偏好; 偏好; 偏好调优; 偏好微调; 偏好对齐 | DPO; KTO; ORPO; SimPO; IPO
reward-model > alignment | reward model; reward modeling; reward function; reward signal | модель вознаграждения; модель награды; функция вознаграждения; сигнал вознаграждения | 奖励模型; 奖励函数; 奖励信号; 奖励建模 | RM
reward-hacking > reward-model, safety | reward hacking; reward overoptimization | взлом вознаграждения; эксплуатация вознаграждения | 奖励黑客; 奖励欺骗; 奖励过度优化
reinforcement-learning | reinforcement learning; RL; reinforcement | обучение с подкреплением; подкреплен* | 强化学习 | RL; DRL
policy-optimization > reinforcement-learning | policy optimization; policy gradient; proximal policy optimization; actor-critic | оптимизация политики; градиент политики; актор-критик | 策略优化; 策略梯度; 近端策略优化; 演员评论家 | PPO; GRPO; TRPO; REINFORCE
credit-assignment > reinforcement-learning | credit assignment | распределение вклада; присвоение заслуг | 信用分配
multi-agent-rl > reinforcement-learning, multi-agent | multi-agent reinforcement learning; multi-agent RL | многоагентное обучение с подкреплением; мультиагентное обучение с подкреплением | 多智能体强化学习 | MARL
offline-rl > reinforcement-learning | offline reinforcement learning; offline RL; batch RL | офлайн обучение с подкреплением; оффлайн-обучение с подкреплением | 离线强化学习

# === Instruction tuning
instruction-tuning > fine-tuning | instruction tuning; instruction-tuned; instruction fine-tuning; instruction-trained; supervised fine-tuning; supervised finetuning | настройка на инструкциях; инструктивное дообучение; обучение на инструкциях; дообучение на инструкциях; инструктивн*; контролируемая тонкая настройка; контролируемое дообучение; дообучение с учителем; тонкая настройка с учителем | 指令调优; 指令微调; 指令精调; 监督微调 | SFT
instruction-following | instruction following; following instructions; instruction adherence | следование инструкциям; выполнение инструкций; следовать инструкциям | 指令跟随; 指令遵循; 遵循指令
instruction-data > instruction-tuning | instruction data; instruction dataset; instruction-response pairs; reverse instructions | инструктивные данные; набор инструкций; данные инструкций; пары инструкция-ответ | 指令数据; 指令数据集

# === Reasoning
reasoning | reasoning*; reasoner*; reason about | рассуждение; рассуждения; рассужда*; логический вывод; умозаключение; мышление | 推理能力; 逻辑推理; 推理; 思考能力
chain-of-thought > reasoning | chain-of-thought; chain of thought; step-by-step reasoning; thought chain | цепочка рассуждений; цепочка мыслей; пошаговое рассуждение; рассуждения по шагам | 思维链; 链式思维; 逐步推理 | CoT
math-reasoning > reasoning | mathematical reasoning; math reasoning; math problems; mathematics; mathematical | математические рассуждения; математическ*; математика; математические задачи | 数学推理; 数学问题; 数学; 数学能力 | GSM8K
commonsense-reasoning > reasoning | commonsense reasoning; common sense | рассуждения на основе здравого смысла; здравый смысл | 常识推理; 常识
logical-reasoning > reasoning | logical reasoning; symbolic reasoning; deductive reasoning | логическое рассуждение; логические рассуждения; символьные рассуждения; дедуктивн* | 符号推理; 演绎推理
planning > reasoning | planning*; planner*; task planning | планирование; планировщик | 规划; 任务规划; 规划器

# === Agents
agent | agent; agents; agentic; autonomous agent | агент; агенты; агентн*; автономный агент | 智能体; 代理; 自主智能体; 智能代理
llm-agent > agent, llm | LLM agent; language agent; LLM-based agent | агент на основе LLM; языковой агент; LLM-агент | 大模型智能体; 语言智能体
tool-use > agent | tool use; tool-use; tool calling; function calling; tool learning | использование инструментов; вызов инструментов; вызов функций | 工具使用; 工具调用; 函数调用
web-agent > agent | web navigation; web agent; GUI agent; computer use | веб-навигация; веб-агент; агент для интерфейсов | 网页导航; 网页智能体; 图形界面智能体
multi-agent > agent | multi-agent; multi-agent system; agent collaboration; multiple agents | мультиагентн*; многоагентн*; мультиагентная система; взаимодействие агентов | 多智能体; 多代理; 多智能体系统

# === Safety
safety | safety; AI safety; safe; harmlessness | безопасность; безопасн*; безопасность ИИ | 安全; 安全性; 人工智能安全
harmful-content > safety | harmful content; harmful; toxicity; toxic; offensive content | вредоносн*; вредный контент; токсичность; токсичн* | 有害; 有害内容; 毒性; 有毒内容
jailbreak > safety | jailbreak; jailbreaking; adversarial prompt; prompt injection | джейлбрейк; взлом модели; обход ограничений; промпт-инъекция | 越狱; 越狱攻击; 提示注入
red-teaming > safety | red teaming; red-teaming; red team | ред-тиминг; красная команда | 红队测试; 红队
hallucination > safety | hallucination; hallucinate; hallucinations; confabulation | галлюцинация; галлюцинации; галлюцинир*; выдумывание фактов | 幻觉; 幻觉问题
trustworthiness > safety | trustworthiness; trustworthy; faithfulness | заслуживающий доверия; доверие к модели | 可信度; 可信; 忠实性
deception > safety | deception; deceptive; misleading; mislead | обман; обманчив*; введение в заблуждение; вводить в заблуждение | 欺骗; 误导
responsible-ai > safety | responsible AI; ethics; fairness; bias; misuse | ответственный ИИ; этика; справедливость; предвзятость; злоупотреблен* | 负责任的人工智能; 伦理; 公平性; 偏见; 滥用
security > safety | security; cybersecurity; attack; vulnerability | кибербезопасность; информационная безопасность; атака; уязвимост* | 网络安全; 攻击; 漏洞; 安全漏洞

# === Scaling
scaling-law | scaling law; scaling laws; compute-optimal; scaling behavior; neural scaling | закон масштабирования; законы масштабирования; оптимальные по вычислениям | 缩放定律; 扩展定律; 规模定律; 扩展法则; 缩放法则 | μP; μTransfer
scaling | scaling up; model scaling; scale up; trillion parameters; billion-scale | масштабирование; масштабирован*; триллион параметров | 规模化; 规模扩展; 万亿参数; 十亿级

# === Continual learning
continual-learning | continual learning; lifelong learning; incremental learning; continual | непрерывное обучение; обучение на протяжении жизни; инкрементальное обучение; постоянное обучение | 持续学习; 终身学习; 增量学习; 连续学习
catastrophic-forgetting > continual-learning | catastrophic forgetting; forgetting | катастрофическое забывание; забывание; забыван* | 灾难性遗忘; 遗忘
continued-pretraining > continual-learning, pretraining | continued pretraining; continual pretraining; continuous pretraining; continued pre-training | непрерывное предварительное обучение; продолжение предобучения; продолженное предобучение; дальнейшее предобучение; непрерывное предобучение | 持续预训练; 继续预训练; 增量预训练

# === Optimization
optimizer | optimizer*; optimiser*; optimization algorithm | оптимизатор; алгоритм оптимизации | 优化器; 优化算法 | Adam; AdamW; SGD; Adafactor; Lion
learning-rate > optimizer | learning rate; learning rate schedule; warmup | скорость обучения; темп обучения; расписание скорости обучения | 学习率; 学习率调度; 预热
hyperparameter > optimizer | hyperparameter; hyperparameter tuning; hyperparameter transfer | гиперпараметр; гиперпараметры; подбор гиперпараметров | 超参数; 超参数调优
gradient-descent > optimizer | gradient descent; stochastic gradient descent; gradient-based optimization | градиентный спуск; стохастический градиентный спуск | 梯度下降; 随机梯度下降
training-dynamics > optimizer | training dynamics; loss landscape; convergence | динамика обучения; ландшафт функции потерь; сходимост* | 训练动态; 损失景观; 收敛
second-order-optimization > optimizer | second-order optimization; Levenberg-Marquardt; Newton method; Gauss-Newton | оптимизация второго порядка; метод Ньютона; Левенберга-Марквардта | 二阶优化; 牛顿法; 列文伯格马夸尔特

# === Datasets and benchmarks
dataset | dataset; data set; datasets; corpus; corpora | набор данных; наборы данных; датасет; датасеты; корпус; выборка данных | 数据集; 语料库; 语料
benchmark | benchmark; benchmarks; benchmarking; test suite | бенчмарк; бенчмарки; эталонный тест; эталон для оценки | 基准; 基准测试; 测评基准; 评测基准
annotation > dataset | annotation; annotated; labeling; human annotation | разметка; аннотация; аннотирован*; размеченн* | 标注; 人工标注; 数据标注
data-quality > dataset | data quality; data curation; data filtering; data cleaning | качество данных; курирование данных; фильтрация данных; очистка данных | 数据质量; 数据筛选; 数据清洗; 数据过滤; 高质量数据

# === Synthetic data
synthetic-data | synthetic data; synthetic dataset; synthetic captions; synthetic examples; synthetic samples; generated data | синтетические данные; синтетическ*; сгенерированные данные | 合成数据; 合成数据集; 生成数据; 合成样本
data-augmentation > synthetic-data | data augmentation; augmentation; augmented data | аугментация данных; аугментац*; дополнение данных | 数据增强; 数据扩充

# === Speech and audio
speech | speech; spoken; voice; speaking | речь; речев*; голос; голосовой; устн* | 语音; 言语; 口语; 声音
audio | audio; sound; sounds; acoustic | аудио; звук; звуков*; акустическ* | 音频; 声学; 音效
speech-recognition > speech | speech recognition; automatic speech recognition; transcription | распознавание речи; автоматическое распознавание речи; транскрипция | 语音识别; 自动语音识别; 语音转写 | ASR
speech-synthesis > speech | speech synthesis; text-to-speech; voice cloning; speech generation; voice conversion | синтез речи; преобразование текста в речь; клонирование голоса; генерация речи | 语音合成; 文本转语音; 声音克隆; 语音生成 | TTS
music > audio | music; musical; music generation; song | музыка; музык*; песня; генерация музыки | 音乐; 音乐生成; 歌曲
audio-generation > audio, generative-model | audio generation; text-to-audio; sound generation; sound effects | генерация аудио; генерация звука; текст в аудио; синтез звука | 音频生成; 文本到音频; 声音生成
audio-codec > audio, compression | audio codec; neural codec; speech codec; music codec | аудиокодек; нейронный кодек; кодек | 音频编解码器; 编解码器
spoken-dialogue > speech | spoken dialogue; voice assistant; speech-to-speech | голосовой ассистент; устный диалог; речевой диалог | 语音助手; 语音对话

# === Code
code | program code; codebase; code snippets | программный код; кодовая база; фрагменты кода | 程序代码; 代码片段; 代码库
code-generation > code | code generation; code synthesis; program synthesis; code completion; coding | генерация кода; синтез кода; написание кода; автодополнение кода; синтез программ; генерир* код | 代码生成; 代码合成; 程序合成; 代码补全; 生成代码; 编写代码
code-llm > code-generation, llm | code LLM; code model; code language model; coder | модель для кода; кодовая модель; языковая модель для кода | 代码大模型; 代码模型; 代码语言模型
programming > code | programming; programmer; software engineering; software development | программирован*; программист; разработка программного обеспечения; программная инженерия | 编程; 程序员; 软件工程; 软件开发
code-editing > code | code editing; code edit; code repair; program repair; debugging | редактирование кода; исправление кода; отладка | 代码编辑; 代码修复; 程序修复; 调试
unit-tests > code | unit tests; test cases; code testing | юнит-тесты; модульные тесты; тестовые случаи | 单元测试; 测试用例

# === Retrieval
retrieval | retrieval; retriever; retrieve; information retrieval; search engine | поиск информации; информационный поиск; извлечение информации; поисков*; ретривер; поиск документов; модель поиска; задачи поиска | 检索; 信息检索; 搜索引擎; 检索器
rag > retrieval | retrieval-augmented generation; retrieval augmented generation; retrieval-augmented | генерация с дополненным поиском; генерация с поиском; дополненная генерация; генерация с извлечением; дополненная поиском; дополненная извлечением | 检索增强生成; 检索增强 | RAG; GraphRAG
dense-retrieval > retrieval, embedding | dense retrieval; vector search; vector retrieval; semantic search | плотный поиск; векторный поиск; семантический поиск | 密集检索; 向量检索; 语义检索; 向量搜索; 稠密检索
reranking > retrieval | reranking; re-ranking; reranker | переранжирование; ранжирование; реранкер | 重排序; 重排
information-extraction > nlp | information extraction; entity extraction; relation extraction | извлечение сущностей; извлечение отношений | 信息提取; 信息抽取; 实体抽取; 关系抽取

# === Translation and multilinguality
machine-translation | machine translation; translation; translate | машинный перевод; перевод текста; переводчик; переведен* | 机器翻译; 翻译 | NMT
multilingual | multilingual; multilinguality; many languages; cross-lingual; crosslingual | многоязычн*; мультиязычн*; межъязыков*; кросс-лингвальн* | 多语言; 多语种; 跨语言
low-resource-language > multilingual | low-resource language; low-resource languages; underrepresented languages | малоресурсн* язык*; языки с ограниченными ресурсами; низкоресурсн* | 低资源语言; 小语种

# === Open models
open-source | open-source; open source; open-sourced; openly released; publicly available | открытый исходный код; открытые модели; открыт* модел*; с открытым кодом; опенсорс; общедоступн*; публично доступн*; в открытом доступе | 开源; 开源模型; 开放源代码; 公开可用
open-weights > open-source | open weights; open-weight model; open model; open foundation model; open data; open dataset | открытые веса; открытые данные; открытый набор данных; открытый датасет; открытые фундаментальные модели; открытая фундаментальная модель | 开放权重; 开放模型; 开放数据; 开源基础模型

# === Architecture
architecture | architecture; network architecture; model architecture | архитектура; архитектур*; архитектура сети | 架构; 体系结构; 网络结构; 模型架构
transformer > architecture | transformer*; transformer architecture | трансформер; трансформеры; трансформерн*; архитектура трансформер | 变换器; 变压器模型; 转换器模型 | ViT; ViTs
attention > architecture | attention; attention mechanism; self-attention; cross-attention; attention layer | механизм внимания; механизмы внимания; самовнимание; кросс-внимание; слой внимания | 注意力; 注意力机制; 自注意力; 交叉注意力
state-space-model > architecture | state space model; state-space model; selective state space | модель пространства состояний; пространство состояний | 状态空间模型 | SSM; SSMs; Mamba; S4
mlp > architecture | multilayer perceptron; multi-layer perceptron; feed-forward network | многослойный перцептрон; полносвязная сеть; сеть прямого распространения | 多层感知机; 前馈网络 | MLP; MLPs; FFN
kan > architecture | Kolmogorov-Arnold network; Kolmogorov-Arnold | сеть Колмогорова-Арнольда; сети Колмогорова-Арнольда; Колмогоров* | 柯尔莫哥洛夫阿诺德网络; 柯尔莫哥洛夫; 科尔莫戈罗夫阿诺德网络; 科尔莫戈罗夫 | KAN; KANs
convolutional-network > architecture | convolutional neural network; convolution; convolutional | сверточная нейронная сеть; свёрточная сеть; свертк*; свёртк*; сверточн*; свёрточн* | 卷积神经网络; 卷积 | CNN; CNNs; UNet
recurrent-network > architecture | recurrent neural network; recurrent; LSTM | рекуррентная нейронная сеть; рекуррентн* | 循环神经网络; 递归神经网络 | RNN; RNNs; LSTM; GRU
vision-transformer > transformer | vision transformer; visual transformer | визуальный трансформер; трансформер для зрения | 视觉变换器 | ViT

# === Long context
long-context | long context; long-context; context window; context length; long sequences; long inputs; long text | длинный контекст; длинного контекста; контекстное окно; длина контекста; длинные последовательности; длинные тексты | 长上下文; 上下文窗口; 上下文长度; 长文本; 长序列
context-extension > long-context | context extension; extending context; length extrapolation | расширение контекста; увеличение длины контекста; экстраполяция длины | 上下文扩展; 长度外推
long-video > long-context, video | long video; minute-level video; long-form video; infinitely long video | длинные видео; длинное видео; бесконечно длинные видео; минутные видео | 长视频; 分钟级视频

# === Compression and neural representations
compression | compression; compress; compressed; bitrate | сжатие; сжима*; сжат*; битрейт* | 压缩; 码率; 比特率
model-compression > compression, efficiency | model compression; compressing models; memory footprint | сжатие моделей; сжатие модели; объем памяти | 模型压缩; 内存占用
implicit-neural-representation > compression | implicit neural representation; neural field; coordinate network | неявное нейронное представление; неявные нейронные представления; нейронное поле | 隐式神经表示; 神经场 | INR; INRs

# === Medicine and science
medical | medical; medicine; clinical; healthcare; health care; patient | медицина; медицинск*; клиническ*; здравоохранени*; пациент* | 医学; 医疗; 临床; 医疗保健; 患者; 病人
medical-imaging > medical | medical imaging; medical image; radiology; X-ray; chest X-ray; MRI; CT scan | медицинская визуализация; медицинские изображения; рентген*; радиолог*; томограф* | 医学影像; 医学图像; 放射学; 胸片 | MRI; CT; fMRI
biomedical > medical | biomedical; biology; biological; bioinformatics | биомедицин*; биолог*; биоинформатик* | 生物医学; 生物学; 生物信息学
protein > biomedical | protein; protein structure; protein folding | белок; белки; белков*; структура белка; фолдинг белков | 蛋白质; 蛋白质结构; 蛋白质折叠
molecule > biomedical | molecule; molecular; drug discovery; chemistry | молекула; молекул*; разработка лекарств; химия; химическ* | 分子; 药物发现; 化学
brain > medical | brain; neuroscience; neural activity | мозг; нейронаук*; мозгов* | 大脑; 神经科学; 脑信号
`;
