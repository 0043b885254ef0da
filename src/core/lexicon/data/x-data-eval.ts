/**
 * Lexicon block (second round): data, evaluation, agents and systems vocabulary not in the first blocks.
 * Format: `../parse.ts`; how entries were checked: `../REVIEW.md`.
 * @module
 */
export const text = `
# === Data
data-mixture > pretraining-data, data-selection | domain weights | веса доменов | 数据配比; 数据混合
data-filtering > data-quality, data-selection | quality filtering | фильтрация по качеству | 质量过滤
data-scaling > scaling, training-data | data scaling; scaling data; more data | масштабирование данных; увеличение объёма данных | 数据扩展; 数据规模
crowdsourcing > annotation, data-collection | Mechanical Turk | краудсорсинг; краудворкеры | 众包工人
inter-annotator > annotation | inter-annotator agreement; annotator agreement; Cohen's kappa | согласованность разметчиков; согласие аннотаторов | 标注者一致性; 标注一致性
expert-annotation > human-annotated, expert | expert-annotated; annotated by experts | разметка экспертами | 专家标注
llm-annotation > annotation, llm | LLM annotation; LLM-generated labels; automatic annotation | разметка с помощью языковых моделей; автоматическая разметка | 大模型标注; 自动标注
data-generation-pipeline > data-synthesis | data engine; data flywheel | движок данных; маховик данных | 数据生成流程; 数据引擎; 数据飞轮
distillation-data > synthetic-data, distillation | distilled data; data distilled from GPT-4; teacher-generated data | дистиллированные данные; данные от модели-учителя | 蒸馏数据; 教师生成数据
web-crawl > web-data | web crawl; crawled web pages | веб-краулинг; обход веб-страниц; собранные веб-страницы | 网络爬取; 网页爬取
books-corpus > text-corpus, digital-humanities | book corpus | корпус книг | 图书语料
wikipedia > text-corpus, knowledge | Wikipedia | Википедия | 维基百科
academic-papers > scientific-text | academic papers; research papers; arXiv papers | академические статьи; исследовательские статьи | 科研论文; 科学论文
math-corpus > math-dataset, pretraining-data, web-data | mathematical corpus; math pretraining data; math web pages | математические веб-страницы | 数学网页
code-corpus > code-data, pretraining-data | source code data | корпус исходного кода | 源代码数据
parallel-corpus > machine-translation, text-corpus, multilingual-dataset | parallel data; bitext | параллельные данные | 双语语料
speech-corpus > speech, dataset, audio | speech corpus; speech dataset; audio dataset | речевой корпус; речевой датасет; аудиодатасет | 语音语料; 语音数据集; 音频数据集
image-dataset > image, dataset | image dataset; image datasets | датасет изображений; набор изображений | 图像数据集
synthetic-images > synthetic-data, image, rendering | synthetic images; rendered images; synthetic scenes | синтетические изображения; рендеренные изображения; синтетические сцены | 合成图像; 渲染图像; 合成场景
long-tail-data > class-imbalance | rare categories; long-tail data; tail classes | редкие категории; хвостовые классы | 稀有类别; 尾部类别
data-privacy > privacy | personal data; sensitive data; PII | конфиденциальность данных; персональные данные; чувствительные данные | 个人数据; 敏感数据 | PII
data-governance > ai-governance, data-licensing, transparency | data provenance; data transparency | происхождение данных; прозрачность данных | 数据溯源; 数据透明度
dataset-bias > social-bias, dataset | dataset bias; spurious correlations; shortcut learning | смещение в данных; ложные корреляции; обучение на артефактах | 数据集偏差; 虚假相关; 捷径学习
data-attribution > training-data, interpretability, feature-attribution | data attribution; influence functions; training data attribution | атрибуция данных; функции влияния | 数据归因; 影响函数
# === Evaluation
evaluation-protocol > evaluation | evaluation setup; evaluation methodology | методология оценки | 评估协议; 评估方法
zero-shot-evaluation > evaluation, zero-shot-learning | zero-shot evaluation; zero-shot performance | оценка без примеров; качество без примеров | 零样本评估; 零样本性能
human-preference-eval > human-evaluation | human preference evaluation; user studies | пользовательские исследования | 人类偏好评估
arena > leaderboard, pairwise-comparison, chatbot | Chatbot Arena | рейтинг Эло | 等级分
win-rate > pairwise-comparison | win rates; head-to-head | процент побед | 胜率
pass-at-k > code-benchmark, metric | functional correctness | функциональная корректность | 功能正确性
exact-match > metric, precision-recall | exact match; EM score | точное совпадение; мера F1 | 精确匹配; 精确匹配率
rouge > metric, summarization, bleu | ROUGE-L | метрика ROUGE | 摘要评价指标
bertscore > metric, embedding | BERTScore; embedding-based metric; semantic metric | метрика на основе эмбеддингов | 基于嵌入的指标
clip-metrics > clip-score, clip, vision-language, similarity | CLIP similarity; image-text similarity | сходство изображения и текста | 图文相似度
fvd > metric, video-generation, fid, video-quality | Fréchet Video Distance; video quality metrics | метрики качества видео | 视频质量指标; 弗雷歇视频距离
lpips > metric, image-quality, psnr | structural similarity | структурное сходство | 结构相似性
map-metric > metric, object-detection, precision-recall | mean average precision; average precision | средняя точность; усреднённая точность | 平均精度; 平均精度均值 | mAP
iou > metric, segmentation | intersection over union; IoU; mIoU; Dice | пересечение над объединением; коэффициент Дайса | 交并比; 平均交并比 | IoU; mIoU
error-rate > metric, accuracy | error rate; accuracy drop; performance degradation | частота ошибок; падение точности; ухудшение качества | 错误率; 准确率下降; 性能下降
latency-measure > latency, prefill | latency measurements; response time | время отклика; время до первого токена | 响应时间; 首词元时间
throughput > efficiency, serving | tokens per second; requests per second | токенов в секунду | 每秒词元数
memory-footprint > memory-efficiency, gpu | GPU memory | объём памяти видеокарты | 内存占用; 显存占用; 内存消耗
benchmark-saturation > benchmark | benchmark saturation; saturated benchmarks | насыщение бенчмарков | 基准饱和
dynamic-benchmark > benchmark | dynamic benchmark; live benchmark; continuously updated benchmark | динамический бенчмарк; постоянно обновляемый бенчмарк | 动态基准; 实时基准
adversarial-benchmark > benchmark, robustness-evaluation | adversarial benchmark; challenging benchmark; hard benchmark | состязательный бенчмарк; сложный бенчмарк | 对抗基准; 高难度基准
holistic-evaluation > evaluation-framework | multi-dimensional evaluation | целостная оценка; многомерная оценка | 多维评估
fine-grained-evaluation > evaluation | fine-grained evaluation; fine-grained analysis | детальная оценка; детальный анализ | 细粒度评估; 细粒度分析
evaluation-bias > llm-as-judge, position-bias | evaluator bias; judge bias; self-preference bias; verbosity bias | предвзятость оценщика; предвзятость судьи | 评判偏差
reward-benchmark > reward-model, benchmark | reward model benchmark; RewardBench | бенчмарк моделей вознаграждения | 奖励模型基准
safety-benchmark > safety, benchmark, evaluation | safety benchmark; safety evaluation | бенчмарк безопасности; оценка безопасности | 安全基准; 安全评估
agent-benchmark > agent-evaluation, benchmark, evaluation | SWE-bench; WebArena | агентный бенчмарк | 智能体评测
video-benchmark > video-understanding, benchmark | video benchmark; video understanding benchmark | бенчмарк видео; бенчмарк понимания видео | 视频基准; 视频理解基准
knowledge-benchmark > knowledge, benchmark, qa-benchmark | exam questions | экзаменационные вопросы | 考试题
# === Agents and applications
gui-agent > computer-use-agent, gui, on-device | GUI agents; smartphone agent | агент для графического интерфейса | 移动智能体
autonomous-agent > agent, artificial-intelligence | autonomous agents; AI agents | автономные агенты; ИИ-агенты | 人工智能代理; 自主代理
agentic-workflow > agent-framework, workflow-automation | agentic workflow; agentic workflows | агентный рабочий процесс | 智能体工作流; 代理式工作流
agent-tool-creation > tool-use | tool creation; tool making; tool library | создание инструментов; библиотека инструментов | 工具创建; 工具库
research-agent > research-automation, agent | scientific discovery agent | исследовательский агент; ИИ-учёный | 科研智能体; 人工智能科学家
data-science-agent > data-science, agent | data science agent; data analysis agent | агент для анализа данных | 数据分析智能体
coding-agent > software-agent, artificial-intelligence | AI programmer | агент-программист | 编程智能体; 代码智能体
embodied-web > web-agent | browser agent; web browsing | навигация по вебу; браузерный агент; веб-браузинг | 浏览器智能体; 网页浏览
agent-safety > agent, safety, security | agent safety; agentic risks; agent security | безопасность агентов; риски агентов | 智能体安全; 代理安全
generative-agents > simulation, agent, role-playing-agent | generative agents; agent-based simulation; social simulation | генеративные агенты; агентное моделирование; социальная симуляция | 基于智能体的模拟
debate > multi-agent, agent-communication | multi-agent debate | многоагентные дебаты | 多智能体辩论
agent-collaboration > multi-agent, agent-communication | role assignment; team of agents | распределение ролей; команда агентов | 智能体协作; 角色分配
game-agent > agent, game-playing | game agent; game-playing agents; NPC | игровой агент; неигровые персонажи | 游戏智能体; 非玩家角色 | NPC
personal-assistant > voice-assistant, agent, chatbot | personal assistant; virtual assistant | персональный помощник; виртуальный ассистент | 个人助理; 虚拟助手
copilot > code-llm, human-ai-interaction, coder-models | coding assistant | ассистент программиста; автодополнение кода | 编程助手; 代码补全
# === Systems, hardware and computing
cuda > gpu, kernel, kernel-optimization | GPU kernels; Triton kernels | ядра для видеокарт | 图形处理器内核
accelerator > hardware, artificial-intelligence, neural-network | AI accelerator | ИИ-ускоритель; нейропроцессор | 人工智能加速器; 神经网络处理器
in-memory-computing > hardware | in-memory computing; processing-in-memory; analog computing | вычисления в памяти; аналоговые вычисления | 存内计算; 模拟计算
neuromorphic > spiking-network, hardware | neuromorphic hardware | нейроморфн* | 类脑芯片
photonic > hardware, neural-network | photonic computing; optical neural networks | фотонные вычисления; оптические нейронные сети | 光子计算; 光学神经网络
mobile-device > on-device | mobile devices; smartphones; mobile phones | смартфоны; мобильные телефоны | 智能手机
microcontroller > edge-computing | microcontrollers; TinyML; embedded devices | микроконтроллеры; встраиваемые устройства | 微控制器; 嵌入式设备
cloud-computing > compute-cluster | cloud computing; data center | облачные вычисления | 云计算
distributed-inference > serving, parallelism-x, gpu | distributed inference; disaggregated inference; multi-GPU inference | распределённый инференс; инференс на нескольких видеокартах | 分布式推理; 多卡推理
parallelism-x > parallelism | parallel processing | параллельная обработка | 并行处理
scheduling > systems-software | job scheduling; request scheduling | планирование задач в системе; планировщик заданий; диспетчеризация | 作业调度; 请求调度
load-balancing > systems-software, expert | expert load balancing | балансировка нагрузки | 负载均衡
fault-tolerance > distributed-training | fault tolerance | отказоустойчивость | 容错
carbon-footprint > energy-consumption | carbon emissions; environmental impact | выбросы углерода; влияние на окружающую среду | 碳排放; 环境影响
green-ai > energy-consumption, energy-efficient-training, artificial-intelligence | sustainable AI | устойчивый ИИ | 可持续人工智能
storage > database | file system | файловая система | 磁盘; 文件系统
compression-communication > communication, gradient, compression | gradient compression; communication compression | сжатие градиентов; сжатие коммуникаций | 梯度压缩; 通信压缩
blockchain > cybersecurity-ops | blockchain; smart contracts; cryptocurrency | блокчейн; смарт-контракты; криптовалюта | 区块链; 智能合约; 加密货币
wireless > networking | wireless communication; 5G; 6G; channel estimation | беспроводная связь; оценка канала | 无线通信; 信道估计
malware > cybersecurity-ops | malware detection | обнаружение вредоносного ПО | 恶意软件检测
vulnerability-detection > cybersecurity-ops, code-understanding | software vulnerabilities; CVE | обнаружение уязвимостей; уязвимости программ | 软件漏洞
penetration-testing > cybersecurity-ops | capture the flag; CTF | тестирование на проникновение | 夺旗赛 | CTF
cryptography > security, privacy-preserving-ml | cryptography; encryption | криптография; шифрование | 密码学; 加密
secure-inference > privacy-preserving-ml, security, inference | secure multi-party computation; secure inference; trusted execution | безопасные многосторонние вычисления; безопасный инференс | 安全多方计算; 安全推理
`;
