/**
 * Lexicon block: agents and tool use in detail; data, datasets and annotation practice; benchmarks and
 * evaluation methodology. Format: `../parse.ts`.
 * @module
 */
export const text = `
# === Agents
agent-framework > agent | agent framework; agent architecture; agent system | фреймворк агентов; архитектура агента; агентная система | 智能体框架; 智能体架构; 智能体系统
software-agent > agent, programming | software engineering agent; coding agent; SWE agent; repository-level | агент для программирования; агент разработки ПО; уровень репозитория | 软件工程智能体; 编程智能体; 代码智能体 
reflection-agent > agent, self-correction | reflective agent; self-reflection; reflective tree search | рефлексивный агент; рефлексия; саморефлексия | 反思智能体; 反思; 自我反思
agent-memory > agent, memory-mechanism | agent memory; memory stream; experience replay | память агента; поток памяти; воспроизведение опыта | 智能体记忆; 经验回放
agent-planning > agent, planning | agent planning; task decomposition; subgoals | планирование агента; декомпозиция задачи; подцели | 智能体规划; 任务分解; 子目标
agent-evaluation > agent, benchmark | agent benchmark; agent evaluation; agentic benchmark | бенчмарк агентов; оценка агентов | 智能体基准; 智能体评估
computer-use-agent > web-agent | computer use agent; OS agent; mobile agent; app agent | агент управления компьютером; мобильный агент | 计算机使用智能体; 手机智能体; 应用智能体
search-agent > agent, retrieval | search agent; deep research; web search agent; multimodal search engine | поисковый агент; глубокое исследование; агент веб-поиска | 搜索智能体; 深度研究; 网络搜索智能体
role-playing-agent > agent, persona | role-playing agents; generative agents; social simulation | ролевые агенты; генеративные агенты; социальная симуляция | 角色扮演智能体; 生成式智能体; 社会模拟
agent-communication > multi-agent | agent communication; agent coordination; multi-agent collaboration; debate | коммуникация агентов; координация агентов; сотрудничество агентов; дебаты | 智能体通信; 智能体协调; 多智能体协作; 辩论
workflow-automation > agent | workflow automation; autonomous workflow | автоматизация рабочих процессов | 工作流自动化
api-calls > tool-use | API calls; tool APIs; plugins | вызовы API; плагины | 接口调用; 插件
environment | environment; environments; interactive environment; sandbox | среда; среды; интерактивная среда; песочница | 环境; 交互环境; 沙盒

# === Data practice
data-collection > dataset | data collection; data gathering; crowdsourcing; crowd workers | сбор данных; краудсорсинг; краудворкеры | 数据收集; 众包; 众包工作者
data-synthesis > synthetic-data | data synthesis; data generation pipeline; synthetic data generation | синтез данных; генерация данных; конвейер генерации данных | 数据合成; 数据生成
data-selection > data-quality | data selection; data pruning; data mixture; data mixing | отбор данных; прореживание данных; смесь данных; смешивание данных | 数据选择; 数据剪枝; 数据配比; 数据混合
deduplication > data-quality | deduplication; near-duplicate; dedup | дедупликация; удаление дубликатов; почти-дубликаты | 去重; 近似重复
data-refinement > data-quality | data refinement; data rewriting; pre-training data quality | улучшение данных; переписывание данных; качество данных предобучения | 数据精炼; 数据改写; 预训练数据质量
web-data > text-corpus | web data; web pages; crawled data; internet data | веб-данные; веб-страницы; данные из интернета | 网络数据; 网页; 爬取数据; 互联网数据
interleaved-data > multimodal, dataset | interleaved image-text; interleaved data; multimodal documents | чередующиеся изображения и текст; мультимодальные документы | 图文交错; 交错数据; 多模态文档
image-text-pairs > vision-language, dataset | image-text pairs; image-caption data; alt-text; alt texts | пары изображение-текст; подписи к изображениям из веба; альтернативный текст | 图文对; 图像字幕数据; 替代文本
video-dataset > video, dataset | video dataset; video corpus; video collection | набор видеоданных; датасет видео; видеокорпус | 视频数据集; 视频语料
human-annotated > annotation | human-annotated; manually annotated; expert annotations; gold labels | размеченный вручную; ручная разметка; экспертная разметка; золотая разметка | 人工标注; 专家标注; 金标准
labeling-efficiency > annotation | annotation cost; labeling cost; label-efficient | стоимость разметки; эффективность разметки | 标注成本; 标签高效
data-licensing > copyright, dataset | dataset license; licensed data; data governance | лицензия на данные; лицензированные данные; управление данными | 数据许可; 数据治理
multilingual-dataset > multilingual, dataset | multilingual dataset; multilingual corpus; parallel corpus | многоязычный датасет; многоязычный корпус; параллельный корпус | 多语言数据集; 多语言语料; 平行语料
instruction-dataset > instruction-data | instruction tuning dataset; instruction datasets; SFT data | датасет для инструктивного дообучения; наборы инструкций | 指令微调数据集; 指令数据集
preference-data > preference-optimization, dataset | preference data; preference dataset; pairwise comparisons; chosen and rejected | данные предпочтений; датасет предпочтений | 偏好数据; 偏好数据集; 成对比较
dataset-card > dataset | dataset card; datasheet; data documentation | карточка датасета; документация данных | 数据集卡片; 数据说明

# === Benchmarks and evaluation methodology
benchmark-suite > benchmark | benchmark suite; evaluation suite; evaluation harness | набор бенчмарков; набор тестов; среда оценки | 基准套件; 评测套件
challenge > benchmark | competition; shared task; challenge track | соревнование; конкурс; общая задача; челлендж | 挑战赛; 竞赛; 共享任务
multimodal-benchmark > benchmark, multimodal | multimodal benchmark; vision-language benchmark | мультимодальный бенчмарк; визуально-языковой бенчмарк | 多模态基准; 视觉语言基准
reasoning-benchmark > benchmark, reasoning | reasoning benchmark; math benchmark; logic benchmark | бенчмарк рассуждений; математический бенчмарк | 推理基准; 数学基准
code-benchmark > benchmark, code-generation | code benchmark; coding benchmark; HumanEval; MBPP; LiveCodeBench | бенчмарк кода; бенчмарк программирования | 代码基准; 编程基准 | HumanEval; MBPP
qa-benchmark > benchmark, question-answering | QA benchmark; MMLU; knowledge benchmark | бенчмарк вопросов и ответов; бенчмарк знаний | 问答基准; 知识基准 | MMLU; GPQA
evaluation-framework > evaluation | evaluation framework; unified evaluation; holistic evaluation | фреймворк оценки; единая оценка; комплексная оценка | 评估框架; 统一评估; 全面评估
automatic-evaluation > evaluation | automatic evaluation; automated metrics; reference-free evaluation | автоматическая оценка; автоматические метрики; оценка без эталона | 自动评估; 自动指标; 无参考评估
pairwise-comparison > evaluation | pairwise comparison; arena; Elo rating; win rate | попарное сравнение; рейтинг Эло; доля побед | 成对比较; 竞技场; 胜率 | Elo
alignment-benchmark > benchmark, alignment | alignment benchmark; alignment benchmarking; instruction-following benchmark | бенчмарк выравнивания; бенчмарк следования инструкциям | 对齐基准; 指令遵循基准
robust-evaluation > evaluation | evaluation bias; length bias; position bias | смещение оценки; смещение по длине | 评估偏差; 长度偏差; 位置偏差
capability-elicitation > evaluation | capability elicitation; probing capabilities | выявление возможностей; пределы возможностей | 能力激发; 能力边界
credibility > evaluation, reproducibility | credibility; research credibility; verification of results | достоверность; достоверность исследований; проверка результатов | 可信性; 研究可信度; 结果验证
`;
