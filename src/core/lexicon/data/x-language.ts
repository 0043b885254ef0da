/**
 * Lexicon block (second round): language, LLM and text vocabulary not in the first blocks.
 * Format: `../parse.ts`; how entries were checked: `../REVIEW.md`.
 * @module
 */
export const text = `
# === LLM behaviour and use
emergent-reasoning > reasoning | reasoning ability; reasoning abilities; reasoning capabilities | способности к рассуждению; способность рассуждать; навыки рассуждения | 推理能力
multi-step-reasoning > reasoning, chain-of-thought, multi-hop-qa | multi-step reasoning | пошаговые рассуждения; многоступенчатые рассуждения | 多步推理
deductive-reasoning > logical-reasoning | deduction | дедуктивные рассуждения; дедукция | 演绎推理
numerical-reasoning > math-reasoning, math-word-problem | numerical reasoning; arithmetic reasoning | числовые рассуждения; арифметические рассуждения | 数值推理; 算术推理
visual-reasoning > multimodal-reasoning | visual reasoning | зрительные рассуждения | 视觉推理
physical-reasoning > reasoning, physics, commonsense-qa | physical reasoning; intuitive physics | физические рассуждения; интуитивная физика | 物理推理; 直觉物理
social-reasoning > theory-of-mind, reasoning | social reasoning; social intelligence | социальные рассуждения; социальный интеллект | 社会推理; 社交智能
overthinking > reasoning-model, chain-of-thought | overthinking; reasoning length; long chain-of-thought | избыточные рассуждения; чрезмерные рассуждения; длинная цепочка рассуждений | 过度思考; 长思维链
reflection-llm > self-correction, reflection-agent, self-improvement | self-refine | самоуточнение | 自我反思; 自我批评; 自我改进
self-verification > self-evaluation, verifier | self-check | самопроверка | 自我检查
plan-and-solve > planning, prompting, agent-planning | plan-and-solve; least-to-most prompting; problem decomposition | разбиение задачи на подзадачи | 问题分解
role-prompting > prompting, persona | role prompting; role-play prompting | ролевые подсказки; ролевые промпты | 角色提示
prompt-optimization > prompt-engineering | automatic prompt optimization; prompt search | оптимизация подсказок; автоматическая оптимизация промптов | 提示词优化; 自动提示优化
prompt-sensitivity > prompting, robustness | prompt sensitivity; prompt robustness; prompt variations | чувствительность к промптам; чувствительность к формулировке | 提示敏感性; 提示鲁棒性
instruction-generation > instruction-data | self-instruct; instruction generation; evol-instruct | генерация инструкций; самоинструктирование | 指令生成; 自指令
chat-template > chat-model, system-prompt | chat template; conversation format | шаблон чата; формат диалога | 对话模板; 聊天模板
context-window > long-context | context size | окно контекста | 上下文窗口; 上下文长度
lost-in-the-middle > position-bias, long-context | lost in the middle | потеря в середине контекста | 中间迷失
rope > positional-encoding, embedding, rotation, embedding-layer | rotary embeddings | поворотное позиционное кодирование | 旋转位置嵌入
alibi > positional-encoding, attention | attention with linear biases; relative position bias; relative positional encoding | относительное позиционное кодирование | 相对位置编码
kv-cache-compression > kv-cache, context-compression, compression, caching | KV cache compression; KV cache eviction; cache eviction | сжатие кэша ключей и значений; вытеснение из кэша | 键值缓存压缩; 缓存淘汰
prompt-caching > caching, serving, prompting, kv-cache | prompt caching; prefix caching; prefix sharing | кэширование промптов; кэширование префиксов | 提示缓存; 前缀缓存
early-exit > inference-acceleration, layer-pruning | early exiting; layer skipping | пропуск слоёв | 早退机制; 提前退出; 层跳过
medusa > speculative-decoding, prediction | draft tokens; multi-token prediction | черновые токены; предсказание нескольких токенов | 多词元预测
parallel-decoding > decoding, parallelism, decoder, autoregressive-model | parallel decoding; non-autoregressive; non-autoregressive generation | параллельное декодирование; неавторегрессионн* | 并行解码; 非自回归
beam-search > decoding, beam-search-algorithm | beam search | поиск лучом | 束搜索; 集束搜索
nucleus-sampling > temperature-sampling, sampling | top-p sampling | семплирование top-p | 核采样
structured-output > constrained-decoding | structured generation; JSON mode | структурированная генерация | 结构化生成
tool-learning > tool-use | tool learning; tool calling; function calling | вызов инструментов; вызов функций; использование инструментов | 工具学习
retrieval-augmented-lm > rag, language-model | retrieval-augmented language model; retrieval-augmented language models | языковая модель с дополнением поиском | 检索增强语言模型
long-term-memory > memory-mechanism | memory bank | банк памяти | 记忆库
working-memory > memory-mechanism | working memory; short-term memory | рабочая память; кратковременная память | 工作记忆; 短期记忆
conversational-search > dialogue, retrieval, question-answering | conversational search; conversational QA; conversational question answering | разговорный поиск; диалоговые вопросно-ответные системы | 对话式搜索; 对话式问答
open-domain-dialogue > dialogue | open-domain dialogue; chit-chat; open-domain conversation | открытый диалог; диалог в открытой области; светская беседа | 开放域对话; 闲聊
user-simulation > dialogue, simulation | user simulator; user simulation; simulated users | симулятор пользователя; симуляция пользователей | 用户模拟器; 用户模拟
mixed-initiative > dialogue | clarifying questions; clarification questions; ambiguity resolution | уточняющие вопросы; разрешение неоднозначности | 澄清问题; 歧义消解
ambiguity > natural-language-understanding | ambiguity; ambiguous queries; ambiguous questions | неоднозначность; двусмысленность; неоднозначные запросы | 歧义; 模糊查询
uncertainty-llm > uncertainty, llm, calibration-llm | uncertainty estimation for LLMs | оценка уверенности; вербализованная уверенность | 语言化置信度
selective-prediction > uncertainty, refusal | selective prediction; know what they don't know | избирательное предсказание; воздержание от ответа | 选择性预测
knowledge-boundary > knowledge | knowledge boundary; knowledge boundaries; unknown questions | граница знаний; границы знаний | 知识边界
parametric-knowledge > knowledge | internal knowledge; stored knowledge | внутренние знания | 内部知识
knowledge-injection > knowledge, knowledge-augmented, world-knowledge-injection | knowledge injection; knowledge infusion | инъекция знаний | 知识注入
temporal-generalization > temporal-knowledge | outdated knowledge; time-sensitive questions | устаревшие знания | 过时知识; 时间敏感问题
benchmark-leakage > contamination, data-leakage, test-set | benchmark leakage; test set contamination | утечка бенчмарка; загрязнение тестовых данных | 基准泄露; 测试集污染
model-collapse-text > synthetic-data | training on model outputs; self-consuming | обучение на выходах модели | 基于模型输出训练
watermark-llm > watermarking, ai-detection, llm | LLM watermarking; text watermarking; watermarked text | водяные знаки для текста; водяные знаки в тексте | 文本水印; 大模型水印
machine-generated-text > ai-detection, artificial-intelligence, llm | AI-generated text; LLM-generated text | сгенерированный нейросетью текст | 人工智能生成文本
toxicity > harmful-content, text-style-transfer | toxic content; toxic language | токсичный контент; детоксикация | 毒性; 有毒内容; 去毒
bias-mitigation > social-bias | debiasing | смягчение предвзятости; устранение предвзятости; дебиасинг | 偏见缓解
gender-bias > social-bias, gender | gender stereotypes | гендерные стереотипы | 性别刻板印象
stereotypes > social-bias | stereotyping | стереотипизация | 刻板印象
cultural-alignment > cultural-awareness, alignment, culture, value-pluralism | cultural alignment; cultural bias | культурное выравнивание; культурная предвзятость | 文化对齐; 文化价值观; 文化偏见
multilingual-llm > multilingual, llm | multilingual LLM; multilingual large language models; multilingual language model | многоязычная языковая модель; многоязычные большие языковые модели | 多语言大模型; 多语言大语言模型
chinese-llm > llm, language-specific | Chinese LLM; Chinese language model | китайская языковая модель | 中文大模型; 中文大语言模型; 中文语言模型
russian-llm > llm, language-specific | Russian LLM; Russian language model | русскоязычная языковая модель; русская языковая модель | 俄语大模型; 俄语语言模型
arabic-nlp > language-specific | Arabic language | арабский язык | 阿拉伯语
japanese-nlp > language-specific | Japanese language | японский язык | 日语
korean-nlp > language-specific | Korean language | корейский язык | 韩语
indic-languages > low-resource-language, language-specific | Indic languages; Bengali | индийские языки; бенгальский язык | 印度语言; 孟加拉语
african-languages > low-resource-language | African languages; Swahili; Yoruba | африканские языки; суахили | 非洲语言; 斯瓦希里语
english-centric > multilingual | English-centric; English-only; non-English | англоцентричн*; неанглийск* языки | 以英语为中心; 非英语
vocabulary-expansion > vocabulary, language-adaptation, tokenizer | vocabulary expansion; tokenizer adaptation | адаптация токенизатора | 词表扩充; 词汇扩展
byte-level > tokenization, tokenizer | byte-level; byte-level models; tokenizer-free; character-level | побайтов*; посимвольн*; без токенизатора | 字节级; 字符级; 无分词器
subword > tokenization, tokenizer | WordPiece | подслов*; кодирование пар байтов | 子词; 字节对编码
word-segmentation > tokenization, sentence-segmentation | word segmentation; Chinese word segmentation | разбиение на слова | 分词; 中文分词
# === Text tasks
text-generation > natural-language-generation | generating text | генерация текста; порождение текста | 文本生成
controllable-generation-text > controllable-text | controlled text generation; constrained text generation | контролируемая генерация текста | 可控文本生成
creative-writing > story-generation, creative-ai, digital-humanities | fiction | художественная литература; генерация повествований | 小说
long-form-writing > long-text-generation | article generation; Wikipedia-style articles | написание длинных текстов; генерация статей | 长文写作; 文章生成
dialogue-summarization > summarization, dialogue | dialogue summarization; meeting summarization | суммаризация диалогов; суммаризация встреч | 对话摘要; 会议摘要
abstractive-summarization > summarization | abstractive summarization | абстрактивная суммаризация | 生成式摘要; 抽象式摘要
extractive-summarization > summarization | extractive summarization | экстрактивная суммаризация | 抽取式摘要
query-focused-summarization > summarization | query-focused summarization; aspect-based summarization | суммаризация по запросу; аспектная суммаризация | 面向查询的摘要
open-domain-qa > question-answering | open-domain question answering | вопросно-ответная система в открытой области; ответы на вопросы в открытой области | 开放域问答
closed-book-qa > question-answering | closed-book question answering; closed-book QA | ответы на вопросы без внешних источников | 闭卷问答
table-qa > question-answering, table-understanding, tabular-data | table QA; tabular QA | ответы на вопросы по таблицам | 表格问答
knowledge-base-qa > question-answering, knowledge-graph | knowledge base question answering; KBQA; KGQA | ответы на вопросы по базе знаний | 知识库问答; 知识图谱问答 | KBQA; KGQA
document-qa > question-answering, document-understanding | document question answering; document QA | ответы на вопросы по документам | 文档问答
aspect-sentiment > sentiment-analysis | aspect-based sentiment analysis; aspect sentiment | аспектный анализ тональности | 方面级情感分析; 方面情感分析 | ABSA
intent-detection > spoken-language-understanding, slot-filling | intent recognition | определение намерений; распознавание намерений | 意图检测
text-to-sql > semantic-parsing, code-generation | NL2SQL; SQL generation | генерация SQL | 文本转查询语句
semantic-similarity > text-matching, similarity | semantic textual similarity; semantic similarity; sentence similarity | семантическая близость | 语义相似度; 语义文本相似度; 句子相似度
plagiarism > text-matching | plagiarism detection; plagiarism | обнаружение плагиата; плагиат | 抄袭检测; 剽窃
authorship > text-classification | authorship attribution; authorship verification; stylometry | установление авторства; стилометрия | 作者归属; 文体学
spam-detection > text-classification | spam detection; spam filtering | обнаружение спама; фильтрация спама | 垃圾邮件检测; 垃圾信息检测
propaganda > misinformation, misinformation-social | propaganda detection | пропаганда; дезинформация | 虚假信息
rumor-detection > misinformation | rumours | обнаружение слухов; фейки | 谣言检测; 假新闻
claim-verification > fact-checking, verifier | claim detection | проверка утверждений | 主张验证
event-detection > event-extraction | event argument extraction | извлечение аргументов событий | 事件论元抽取
temporal-relation > information-extraction, relation-extraction | temporal relation extraction; temporal relations | временные отношения; хронология | 时序关系; 时间关系抽取
nested-ner > named-entity-recognition | nested named entities; fine-grained entity typing; entity typing | вложенные именованные сущности; типизация сущностей | 嵌套命名实体; 实体类型识别
terminology > vocabulary | terminology; term extraction; glossary | терминология; извлечение терминов; глоссарий | 术语; 术语抽取
lexical-semantics > linguistics, word-sense-disambiguation | word meaning; synonyms | значение слова; синонимы | 多义性; 同义词
syntax > linguistics | syntactic structure; grammar | синтаксическая структура; грамматика | 句法结构; 语法
dependency-parsing > parsing | dependency trees | синтаксический анализ зависимостей; деревья зависимостей; анализ составляющих | 依存树
pragmatics > linguistics | implicature; presupposition | импликатура; пресуппозиция | 会话含义
sociolinguistics > linguistics, social-science | sociolinguistics; language variation | социолингвистика; языковая вариативность | 社会语言学; 语言变异
psycholinguistics > linguistics, cognition | psycholinguistics; language acquisition; reading times | психолингвистика; усвоение языка | 心理语言学; 语言习得
figurative-language > linguistics, humor | figurative language; metaphor; idioms | образный язык; метафора; идиомы | 比喻语言; 隐喻; 习语
commonsense-knowledge > commonsense-reasoning, knowledge, knowledge-types | commonsense knowledge; world knowledge | знания здравого смысла; знания о мире | 常识知识; 世界知识
narrative-understanding > reading-comprehension, story-generation | narrative understanding; story understanding; book understanding | понимание повествования; понимание историй; понимание книг | 叙事理解; 故事理解
instruction-induction > in-context-learning | instruction induction; task induction | индукция инструкций | 指令归纳
many-shot > in-context-learning | many-shot in-context learning; many-shot | многопримерн* обучение в контексте | 多样本上下文学习
demonstration-selection > in-context-learning, few-shot-prompting | demonstration selection; example selection; in-context examples | выбор демонстраций; выбор примеров для контекста | 示例选择; 上下文示例
# === Retrieval and recommendation (text)
query-expansion > query-rewriting | pseudo-relevance feedback | псевдорелевантная обратная связь | 伪相关反馈
semantic-search > retrieval, dense-retrieval | neural search | нейронный поиск | 语义搜索; 神经检索
web-search > search-agent, retrieval, search-ranking | search engines | поисковая система; поисковые системы; поисковик | 网络搜索
citation-retrieval > citation-generation, retrieval | source attribution; grounded generation | атрибуция источников; обоснованная генерация | 来源归因; 有据生成
long-document > document-understanding, long-context | long documents; long-document understanding | длинные документы; понимание длинных документов | 长文档; 长文档理解
multi-vector > late-interaction | multi-vector retrieval | многовекторный поиск | 多向量检索
bm25 > sparse-retrieval | BM25; lexical retrieval; keyword search | лексический поиск; поиск по ключевым словам | 词汇检索
cross-lingual-retrieval > retrieval, multilingual | cross-lingual retrieval; cross-lingual information retrieval; multilingual retrieval | межъязыковой поиск; кросс-языковой поиск; многоязычный поиск | 跨语言检索; 多语言检索
code-search > retrieval, code-understanding | code retrieval | поиск по коду | 代码检索
news-recommendation > recommender-system, news | news recommendation | рекомендация новостей | 新闻推荐
llm-recommendation > recommender-system, llm | LLM-based recommendation; generative recommendation | рекомендации на основе больших языковых моделей; генеративные рекомендации | 大模型推荐; 生成式推荐
cold-start > recommender-system | cold start; cold-start | холодный старт | 冷启动
conversational-recommendation > recommender-system, dialogue, recommendation-dialogue | conversational recommender | диалоговые рекомендательные системы | 对话式推荐
# === LLM systems and families (general terms)
open-llm-family > open-weights, llm, language-model | open-weight LLMs; open LLMs; open-source LLM | открытые языковые модели; открытые LLM | 开源大模型; 开放权重模型
proprietary-model > frontier-model | proprietary models; closed-source models; commercial models; closed models | проприетарные модели; закрытые модели; коммерческие модели | 商业模型
api-based-llm > api, llm | API-based models; LLM API; model API | модели через API; API моделей | 基于接口的模型; 模型接口
llm-routing > serving, router, llm | model routing; LLM routing; model cascade | маршрутизация моделей; каскад моделей | 模型路由; 模型级联
compound-ai > agent-framework, artificial-intelligence, llm, language-model | compound AI systems; LLM pipelines; LLM programs | составные системы ИИ; конвейеры языковых моделей | 复合人工智能系统; 大模型流水线
prompt-compression > context-compression, prompting, compression | prompt compression | сжатие промптов; сжатие подсказок | 提示压缩
llm-inference-engine > serving, paged-attention | inference server; serving system | движок инференса; система обслуживания моделей | 推理引擎; 推理服务; 推理框架
on-device-llm > on-device, llm | on-device LLM; mobile LLM; edge LLM | языковая модель на устройстве; мобильная языковая модель | 端侧大模型; 移动端大模型
small-model-efficiency > small-language-model | tiny language models; compact language models | крошечные языковые модели; компактные языковые модели | 微型语言模型
`;
