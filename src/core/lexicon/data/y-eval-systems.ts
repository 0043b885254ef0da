/**
 * Lexicon block (third round: named benchmarks and datasets (their Chinese terms are the translations Chinese texts use), evaluation metrics, systems, hardware and software engineering).
 * Format: `../parse.ts`; how entries were written and checked: `../REVIEW.md`.
 * @module
 */
export const text = `
# === Named benchmarks and datasets (the name matched as an acronym; the Russian and Chinese terms are what the texts write)
big-bench > benchmark-suite, reasoning-benchmark | BIG-bench; BIG-Bench Hard; Beyond the Imitation Game | бенчмарк BIG-bench | 超越模仿游戏基准 | BBH
winogrande > commonsense-reasoning | WinoGrande; Winograd schema | схема Винограда | 威诺格拉德模式 | WinoGrande; WSC
arc-challenge > qa-benchmark, scientific-qa | AI2 Reasoning Challenge; ARC-Challenge; ARC-Easy | бенчмарк ARC | 人工智能推理挑战
truthfulqa > factuality, qa-benchmark | TruthfulQA | бенчмарк TruthfulQA | 真实性问答基准 | TruthfulQA
helm-eval > holistic-evaluation | HELM; holistic evaluation of language models | целостная оценка языковых моделей | 语言模型整体评估 | HELM
glue-bench > natural-language-understanding, benchmark-suite | GLUE; SuperGLUE; General Language Understanding Evaluation | бенчмарк GLUE | 通用语言理解评估 | GLUE; SuperGLUE
squad > reading-comprehension, qa-benchmark | SQuAD; Stanford Question Answering Dataset | датасет SQuAD | 斯坦福问答数据集 | SQuAD
natural-questions > open-domain-qa | Natural Questions; TriviaQA; WebQuestions | датасет Natural Questions | 自然问题数据集 | TriviaQA
imagenet > image-dataset, image-classification | ImageNet; ImageNet-1K; ImageNet-21K | датасет ImageNet | 大规模视觉识别挑战赛 | ImageNet; ILSVRC
mnist > image-dataset | MNIST; Fashion-MNIST | датасет MNIST | 手写数字数据集 | MNIST
lvis > object-detection, long-tailed-recognition | LVIS; Objects365; Open Images | датасет LVIS | 大词汇实例分割数据集 | LVIS; Objects365
ade20k > semantic-segmentation | ADE20K; Cityscapes; Pascal VOC | датасет ADE20K | 场景解析数据集 | ADE20K; Cityscapes; VOC
laion > image-text-pairs, web-data | LAION; LAION-5B; DataComp; Conceptual Captions | датасет LAION | 大规模图文对数据集 | LAION; DataComp
mmmu > multimodal-benchmark | MMMU; MMBench; MME; SEED-Bench; MathVista | бенчмарк MMMU | 大规模多学科多模态理解基准 | MMMU; MMBench; MathVista
d4rl > offline-rl, rl-environment-benchmark | D4RL; Atari benchmark | бенчмарк D4RL; среда MuJoCo | 离线强化学习基准; 雅达利游戏 | D4RL
wmt-bench > mt-evaluation, parallel-corpus | WMT; FLORES; FLORES-200 | соревнование WMT; бенчмарк FLORES | 机器翻译研讨会评测 | WMT; FLORES
wikitext > text-corpus, perplexity | WikiText; WikiText-103; Penn Treebank; Penn TreeBank | корпус WikiText | 维基文本语料 | PTB
mimic > electronic-health-records, clinical-notes | MIMIC-III; MIMIC-IV; MIMIC-CXR | база данных MIMIC | 重症监护医疗数据库 | MIMIC
# === Evaluation terms
mrr-metric > ranking, metric | mean reciprocal rank; MRR | средний обратный ранг | 平均倒数排名 | MRR
ndcg > ranking, metric | NDCG; normalized discounted cumulative gain | нормализованный дисконтированный совокупный выигрыш | 归一化折损累计增益 | NDCG; nDCG
recall-at-k > retrieval-evaluation, metric | recall at k; hit rate | полнота на k | 命中率
cider-metric > image-captioning, metric | CIDEr; SPICE metric | метрика CIDEr | 图像描述评价指标 | CIDEr; SPICE
mos-score > speech-quality-assessment, human-evaluation | mean opinion score | средняя экспертная оценка | 平均意见得分; 平均主观意见分
fad-metric > audio-generation, metric | Frechet Audio Distance; FAD | расстояние Фреше для аудио | 弗雷歇音频距离 | FAD
kid-metric > fid | Kernel Inception Distance; KID | ядерное расстояние Inception | 核初始距离; 起始分数 | KID
chamfer-distance > point-cloud, metric | Chamfer distance; Earth Mover's Distance for point clouds | расстояние Чамфера | 倒角距离 | CD
elo-rating > arena | Elo score; Bradley-Terry model | модель Брэдли-Терри | 布拉德利特里模型
calibration-error > calibration | expected calibration error; ECE; reliability diagram | ожидаемая ошибка калибровки | 期望校准误差 | ECE
attack-success-rate > adversarial-attack, jailbreak | attack success rate; ASR of attacks | доля успешных атак | 攻击成功率
inter-rater > human-evaluation, inter-annotator | inter-rater reliability; Krippendorff's alpha; Fleiss' kappa | надежность между оценщиками; альфа Криппендорфа | 评分者间信度; 克里彭多夫系数
spearman > correlation | Spearman correlation; Kendall's tau; Pearson correlation | корреляция Спирмена; тау Кендалла; корреляция Пирсона | 斯皮尔曼相关; 肯德尔系数; 皮尔逊相关
perplexity-eval > perplexity, language-model | bits per byte; bits per character; BPB | бит на байт | 每字节比特
latency-p99 > latency | tail latency; p99 latency | хвостовая задержка | 尾延迟; 首词元延迟 | TTFT
model-flops-utilization > training, throughput | model FLOPs utilization; MFU; hardware utilization | утилизация FLOPs модели | 模型算力利用率 | MFU
leaderboard-ranking > leaderboard | Open LLM Leaderboard; leaderboard ranking | лидерборд Open LLM | 开放大模型排行榜
human-baseline > human-evaluation | human baseline; human-level performance | уровень человека; человеческий уровень | 人类水平; 人类基线
error-taxonomy > error-analysis | error taxonomy | таксономия ошибок; режимы отказа | 错误分类法
# === Systems and hardware
tensor-cores > gpu | tensor cores; matrix multiplication units | тензорные ядра | 张量核心
hbm > memory-bandwidth, gpu | high-bandwidth memory | память с высокой пропускной способностью; видеопамять | 高带宽内存
interconnect > distributed-training, networking | NVLink; InfiniBand; interconnect bandwidth | межсоединения; пропускная способность межсоединений | 互连带宽; 高速互联 | NVLink; InfiniBand
asynchronous-training > distributed-training | asynchronous SGD; asynchronous training; parameter server | асинхронное обучение; сервер параметров | 异步训练; 参数服务器
elastic-training > fault-tolerance, distributed-training | elastic training; checkpoint recovery | эластичное обучение; восстановление из контрольной точки | 弹性训练; 断点恢复
activation-offloading > offloading, memory-efficiency | activation offloading; CPU offload of activations | выгрузка активаций | 激活卸载
int4 > quantization | 4-bit quantization; NF4 | 4-битное квантование | 四比特量化 | NF4
gguf > quantization, on-device-llm | GGUF; GGML; llama.cpp quantization | формат GGUF | 本地量化格式 | GGUF; GGML
onnx > serving, hardware | ONNX; TensorRT; model export | экспорт моделей; формат ONNX | 模型导出; 推理优化库 | ONNX; TensorRT
autotuning > compiler, hyperparameter-search | autotuning; kernel autotuning | автонастройка ядер | 自动调优
mobile-inference > on-device, mobile-device | mobile inference; smartphone deployment | вывод на смартфонах; развертывание на мобильных устройствах | 移动端推理; 手机部署
wafer-scale > hardware | wafer-scale engine; Cerebras; Groq | вычислитель на пластине | 晶圆级芯片
energy-per-token > energy-consumption, inference | energy per token; inference energy | энергия на токен; энергопотребление вывода | 每词元能耗; 推理能耗
cluster-scheduling > compute-cluster, scheduling | GPU cluster scheduling | планирование задач на кластере | 集群调度
multi-tenant-serving > serving | multi-tenant serving; LoRA serving; multi-LoRA | многопользовательский сервинг | 多租户服务; 多适配器服务
disaggregated-serving > serving | disaggregated serving | раздельный сервинг | 分离式服务; 分离式推理
product-quantization > vector-database, quantization | product quantization; vector quantization for search | продуктовое квантование | 乘积量化 | PQ
inverted-index > sparse-retrieval | inverted index; posting lists | инвертированный индекс; списки словопозиций | 倒排索引
query-latency > latency, search-ranking | query latency; search latency | задержка поиска | 查询延迟; 检索延迟
caching-llm > caching | semantic cache; LLM response caching | семантический кэш | 语义缓存
streaming-data > streaming, data-pipeline | streaming data; stream processing | потоковые данные; потоковая обработка | 流式数据; 流处理
benchmarking-systems > throughput, latency | system benchmarking; performance profiling | профилирование производительности | 性能剖析; 性能分析
# === Software engineering
repository-level > code-generation, long-context | repository-level code generation; repo-level | генерация кода на уровне репозитория | 仓库级代码生成
fuzzing > software-engineering, security | fuzzing; fuzz testing | фаззинг; фаззинг-тестирование | 模糊测试
code-clone > code-understanding | code clone detection | обнаружение клонов кода | 代码克隆检测
log-analysis > software-engineering, anomaly-detection | log analysis; log parsing; log anomaly detection | анализ логов; разбор журналов | 日志分析; 日志解析
api-misuse > software-engineering | API misuse; API recommendation | неправильное использование API | 应用程序接口误用
code-security > vulnerability-detection, code-generation | secure code generation; insecure code | безопасная генерация кода; небезопасный код | 安全代码生成; 不安全代码
notebook > data-science | Jupyter notebooks; computational notebooks | блокноты Jupyter | 交互式笔记本 | Jupyter
mobile-app-agent > gui-agent, mobile-device | mobile app agent; Android agent | агент для мобильных приложений | 移动应用智能体
`;
