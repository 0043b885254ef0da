/**
 * Lexicon block: large-language-model practice — prompting, decoding, inference, serving, evaluation of
 * LLMs. Format: `../parse.ts`.
 * @module
 */
export const text = `
# === Prompting
prompting | prompting; prompt; prompts; prompt design | промпт; промпты; промптинг; подсказка; подсказки; запрос к модели | 提示; 提示词; 提示语
prompt-engineering > prompting | prompt engineering; prompt optimization; prompt generation; structural prompt | промпт-инжиниринг; инженерия промптов; оптимизация промптов; генерация промптов; проектирование подсказок | 提示工程; 提示优化; 提示生成; 提示词工程
visual-prompting > prompting, vision-language | visual prompting; visual prompt | визуальный промптинг; визуальные подсказки | 视觉提示
system-prompt > prompting | system prompt; system message | системный промпт; системное сообщение | 系统提示
few-shot-prompting > prompting, in-context-learning | few-shot prompting; demonstrations; exemplars | промптинг с примерами; демонстрационные примеры | 少样本提示; 示例
zero-shot-prompting > prompting, zero-shot-learning | zero-shot prompting | промптинг без примеров | 零样本提示
tree-of-thoughts > reasoning | tree of thoughts; graph of thoughts; diagram of thought | дерево мыслей; граф мыслей; диаграмма мыслей | 思维树; 思维图 | ToT
self-consistency > reasoning | self-consistency; majority voting | самосогласованность; голосование большинством | 自洽性; 多数投票
program-of-thought > reasoning, code | program of thought; program-aided reasoning; code interpreter | программа мыслей; рассуждение с помощью программ; интерпретатор кода | 程序思维; 代码解释器
test-time-compute > reasoning, inference | test-time compute; inference-time scaling; test-time scaling; thinking tokens | вычисления во время вывода; масштабирование во время вывода; вычисления на этапе тестирования | 测试时计算; 推理时扩展; 测试时扩展
reasoning-model > reasoning, llm | reasoning model; reasoning models; o1; thinking model | модель рассуждений; модели рассуждений; рассуждающая модель | 推理模型; 思考模型 | o1; o3

# === Decoding and inference
inference | inference; model inference; inference time; inference cost; inference efficiency | вывод модели; инференс; инференса; время вывода; стоимость вывода; стоимость инференса | 推理成本; 推理速度; 推理时间; 推理效率; 推理阶段; 推理过程; 模型推理; 推理开销
decoding > natural-language-generation | decoding; decoding strategy; sampling strategy; beam search; greedy decoding | декодирование; стратегия декодирования; лучевой поиск; жадное декодирование | 解码; 解码策略; 束搜索; 贪心解码
speculative-decoding > decoding, inference-acceleration | speculative decoding; draft model; speculative sampling | спекулятивное декодирование; черновая модель | 推测解码; 投机解码; 草稿模型
temperature-sampling > decoding | temperature sampling; nucleus sampling; top-p; top-k sampling | температурное сэмплирование; ядерное сэмплирование | 温度采样; 核采样
constrained-decoding > decoding | constrained decoding; structured output; JSON output | ограниченное декодирование; структурированный вывод | 约束解码; 结构化输出
serving > inference | model serving; LLM serving; deployment; inference engine; throughput | развертывание модели; развёртывание; обслуживание моделей; пропускная способность | 模型部署; 模型服务; 部署; 吞吐量
on-device > inference, efficiency | on-device; edge device; mobile device; mobile devices; smartphone | на устройстве; мобильные устройства; смартфон; граничные устройства | 端侧; 边缘设备; 移动设备; 手机; 移动端
prefill > inference | prefill; prefilling; time to first token | префилл; предзаполнение; время до первого токена | 预填充; 首字延迟
context-compression > long-context, token-reduction | context compression; prompt compression | сжатие контекста; сжатие промпта | 上下文压缩; 提示压缩
memory-mechanism > llm | long-term memory; memory mechanism; episodic memory | долговременная память; механизм памяти; эпизодическая память | 长期记忆; 记忆机制; 情景记忆
streaming > inference | streaming; real-time; online inference | потоковый; потоковая генерация | 流式; 实时

# === LLM capabilities and behaviour
knowledge | knowledge; world knowledge; factual knowledge; parametric knowledge | знания; знание мира; фактические знания; параметрические знания | 知识; 世界知识; 事实知识; 参数化知识
knowledge-editing > llm | knowledge editing; model editing; editing knowledge | редактирование знаний; редактирование модели | 知识编辑; 模型编辑
factuality > trustworthiness | factuality; factual accuracy; factual errors; grounding; attribution | фактическая точность; фактологичность; обоснованность; атрибуция | 事实性; 事实准确性; 事实错误; 归因
citation-generation > factuality, rag | citation generation; citations; cite sources; grounded attributions | генерация цитат; ссылки на источники; цитирование источников | 引用生成; 引用; 引文生成
refusal > safety | refusal; learning to refuse; abstention; refuse to answer | отказ от ответа; отказ отвечать; воздержание | 拒答; 拒绝回答
sycophancy > safety | sycophancy; sycophantic | угодничество; подхалимство | 谄媚; 迎合
calibration-llm > calibration, llm | verbalized confidence; confidence of LLMs; knowing what they know | вербализованная уверенность; уверенность модели | 置信表达; 模型置信度
steering > interpretability | activation steering; representation engineering; steering vectors | управление активациями; инженерия представлений; векторы управления | 激活引导; 表示工程; 引导向量
long-context-evaluation > long-context, benchmark | long-context evaluation; long-context benchmark; citation evaluation | оценка длинного контекста; бенчмарк длинного контекста | 长上下文评估; 长上下文基准
instruction-hierarchy > instruction-following, safety | instruction hierarchy; instruction priority | иерархия инструкций | 指令层级
function-approximation > theoretical-analysis | universal approximation; function approximation | универсальная аппроксимация; аппроксимация функций | 通用逼近; 函数逼近
markov-analysis > theoretical-analysis, hidden-markov-model | Markov chain analysis; stationary distribution | анализ марковских цепей; стационарное распределение | 马尔可夫链分析; 平稳分布

# === Model families and releases
chat-model > llm, chatbot | chat model; chat LLM; assistant model | чат-модель; диалоговая модель | 对话模型; 聊天模型
base-model > foundation-model | base model; pretrained base model | базовая модель; базовой модели | 基础版模型; 基座
model-release > open-source | model release; we release; released models; model weights | выпуск модели; выпуск моделей; публикация весов; веса модели | 模型发布; 发布模型; 模型权重
technical-llm-report > technical-report, llm | LLM technical report; model technical report | технический отчет о модели | 大模型技术报告
frontier-model > llm | frontier model; frontier-class; proprietary model; closed-source | передовая модель; проприетарная модель; закрытая модель; модели с закрытым кодом | 前沿模型; 闭源模型; 专有模型
coder-models > code-llm | coder models; code assistant; Copilot | модели-кодеры; ассистент программиста | 代码助手; 编程助手 | Copilot
persona-plug > personalization, llm | personalized LLM; user history; user profile | персонализированная LLM; история пользователя; профиль пользователя | 个性化大模型; 用户历史; 用户画像
llm-evaluation > evaluation, llm | LLM evaluation; evaluating LLMs; evaluation of language models | оценка LLM; оценка языковых моделей; оценивание больших языковых моделей | 大模型评估; 大语言模型评测; 语言模型评估
capability-evaluation > llm-evaluation | capability evaluation; capabilities; long text generation capabilities | оценка возможностей; возможности модели; способности модели | 能力评估; 模型能力
psychometrics > llm-evaluation | psychometrics; psychometric; human values; value measurement | психометрия; психометрическ*; измерение ценностей | 心理测量; 人类价值观; 价值测量
cognition > llm-evaluation | cognition; cognitive; theory of mind; human-like | познание; когнитивн*; теория разума; человекоподобн* | 认知; 心智理论; 类人
agency > agent | agency; agent-based model; agent-based simulation | агентность; агентная модель | 能动性; 基于智能体的模型; 智能体仿真
simulation | simulation; simulator; simulated environment | симуляция; симулятор; моделирование среды; симулированн* | 仿真; 模拟; 模拟器; 仿真环境
`;
