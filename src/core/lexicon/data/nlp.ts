/**
 * Lexicon block: natural language processing — tasks, linguistics, text generation, dialogue.
 * Format: `../parse.ts`.
 * @module
 */
export const text = `
# === Field
nlp | natural language processing; NLP; computational linguistics | обработка естественного языка; компьютерная лингвистика; обработка текстов | 自然语言处理; 计算语言学 | NLP
natural-language-understanding > nlp | natural language understanding; language understanding; text understanding | понимание естественного языка; понимание языка; понимание текста | 自然语言理解; 语言理解; 文本理解 | NLU
natural-language-generation > nlp | natural language generation; text generation; language generation | генерация текста; генерация естественного языка; порождение текста | 文本生成; 自然语言生成; 语言生成 | NLG
long-text-generation > natural-language-generation, long-context | long text generation; long-form generation; long-form writing | генерация длинных текстов; генерация длинного текста | 长文本生成; 长篇生成
story-generation > natural-language-generation | story generation; storytelling; creative writing; narrative generation | генерация историй; генерация рассказов; творческое письмо; повествование | 故事生成; 创意写作; 叙事生成

# === Classic tasks
text-classification > nlp, classification | text classification; document classification; topic classification | классификация текстов; классификация документов; тематическая классификация | 文本分类; 文档分类; 主题分类
sentiment-analysis > nlp | sentiment analysis; sentiment classification; opinion mining | анализ тональности; анализ настроений; сентимент-анализ | 情感分析; 情感分类; 观点挖掘
named-entity-recognition > nlp, information-extraction | named entity recognition; named entities; entity recognition | распознавание именованных сущностей; именованные сущности | 命名实体识别; 命名实体; 实体识别 | NER
relation-extraction > information-extraction | relation extraction; relation classification | извлечение отношений; извлечение связей | 关系抽取; 关系提取
entity-linking > information-extraction | entity linking; entity disambiguation | связывание сущностей; разрешение неоднозначности сущностей | 实体链接; 实体消歧
coreference > nlp | coreference resolution; coreference; anaphora | разрешение кореференции; кореференция; анафора | 共指消解; 指代消解
part-of-speech > nlp | part-of-speech tagging; POS tagging; morphological analysis | разметка частей речи; морфологический анализ | 词性标注; 形态分析
parsing > nlp | syntactic parsing; dependency parsing; constituency parsing; parser | синтаксический анализ; синтаксический разбор; парсинг зависимостей | 句法分析; 依存句法分析; 成分句法分析
semantic-parsing > nlp | semantic parsing; text-to-SQL; text to SQL | семантический разбор; семантический парсинг; преобразование текста в SQL | 语义解析; 文本转结构化查询 | SQL
question-answering > nlp | question answering; QA; answering questions; open-domain QA | ответы на вопросы; вопросно-ответн*; вопрос-ответ; ответ на вопрос | 问答; 问答系统; 开放域问答 | QA
reading-comprehension > question-answering | reading comprehension; machine reading | понимание прочитанного; машинное чтение; понимание текста при чтении | 阅读理解; 机器阅读
multi-hop-qa > question-answering, reasoning | multi-hop question answering; multi-hop reasoning; multi-hop | многошаговые вопросы; многошаговые рассуждения; многошагов* | 多跳问答; 多跳推理; 多跳
summarization > nlp | summarization; summarisation; summary generation; abstractive summarization; text summarization | суммаризация; реферирование; автоматическое реферирование; суммаризир*; краткое изложение | 摘要生成; 文本摘要; 自动摘要; 摘要
multi-document-summarization > summarization | multi-document summarization; multi-document | многодокументная суммаризация; суммаризация нескольких документов | 多文档摘要
paraphrase > nlp | paraphrase; paraphrasing; rewriting; text rewriting | перефразирование; парафраз; переписывание текста | 释义; 复述; 改写
text-simplification > nlp | text simplification | упрощение текста | 文本简化
grammatical-error-correction > nlp | grammatical error correction; grammar correction; spelling correction | исправление грамматических ошибок; исправление орфографии | 语法纠错; 拼写纠正 | GEC
natural-language-inference > nlp, reasoning | natural language inference; textual entailment; entailment | вывод на естественном языке; логическое следование; текстовое следование | 自然语言推理; 文本蕴含; 蕴含 | NLI
fact-checking > nlp, trustworthiness | fact-checking; fact checking; fact verification; claim verification | проверка фактов; фактчекинг; верификация утверждений | 事实核查; 事实验证; 声明验证
text-matching > nlp | text matching; semantic textual similarity; sentence similarity | сопоставление текстов; семантическое сходство текстов; сходство предложений | 文本匹配; 语义文本相似度; 句子相似度 | STS
keyword-extraction > information-extraction | keyword extraction; keyphrase extraction | извлечение ключевых слов; извлечение ключевых фраз | 关键词提取; 关键短语提取
topic-modeling > nlp | topic modeling; topic model; LDA | тематическое моделирование; тематическая модель | 主题模型; 主题建模 | LDA
language-identification > multilingual | language identification; language detection | определение языка; идентификация языка | 语种识别; 语言识别
transliteration > multilingual | transliteration | транслитерация | 音译; 转写
grapheme-to-phoneme > speech | grapheme-to-phoneme; phoneme conversion; pronunciation | графема-фонема; преобразование графем в фонемы; произношение | 字素到音素; 音素转换; 发音 | G2P
morphology > nlp | morphology; morphological; inflection | морфология; морфологическ*; словоизменение | 形态学; 词形变化
linguistics > nlp | linguistics; linguistic; syntax; semantics; pragmatics | лингвистика; лингвистическ*; синтаксис; семантика; прагматика | 语言学; 句法; 语义学; 语用学
discourse > nlp | discourse; discourse analysis; discourse structure | дискурс; анализ дискурса; структура дискурса | 话语; 话语分析; 篇章结构
argument-mining > nlp | argument mining; argumentation | анализ аргументации; аргументация | 论辩挖掘; 论证
humor > nlp | humor; humour; sarcasm; irony | юмор; сарказм; ирония | 幽默; 反讽
emotion > nlp | emotion; emotions; emotional; affective; empathy | эмоция; эмоции; эмоциональн*; аффективн*; эмпатия | 情感; 情绪; 共情; 情感计算
hate-speech > harmful-content | hate speech; offensive language; abusive language | язык вражды; оскорбительная речь; оскорбительные высказывания | 仇恨言论; 冒犯性语言
misinformation > trustworthiness | misinformation; disinformation; fake news; rumor detection | дезинформация; фейковые новости; ложная информация | 虚假信息; 假新闻; 谣言检测
stance-detection > nlp | stance detection | определение позиции; выявление позиции | 立场检测

# === Dialogue
dialogue > nlp | dialogue; dialog; conversation; conversational | диалог; диалогов*; разговор; разговорн* | 对话; 会话; 对话式
chatbot > dialogue | chatbot; chat assistant; conversational agent; AI assistant; assistant | чат-бот; чатбот; диалоговый агент; ассистент; ИИ-ассистент | 聊天机器人; 对话助手; 智能助手; 人工智能助手
dialogue-system > dialogue | dialogue system; task-oriented dialogue; dialogue state tracking | диалоговая система; целеориентированный диалог; отслеживание состояния диалога | 对话系统; 任务型对话; 对话状态跟踪
multi-turn > dialogue | multi-turn; multi-turn dialogue; multi-turn conversation | многоходов*; многораундов*; многошаговый диалог | 多轮; 多轮对话
persona > dialogue | persona; role-playing; role play; character role-play | персона; ролевая игра; ролевое моделирование; отыгрыш роли | 角色扮演; 人设; 人格设定
personalization | personalization; personalized; personalised; user-specific | персонализация; персонализирован*; персональн* | 个性化; 个性化定制; 定制化
recommendation-dialogue > dialogue, recommender-system | conversational recommendation | диалоговые рекомендации; разговорные рекомендации | 对话推荐

# === Text resources
vocabulary > tokenization | vocabulary; vocabulary size; lexicon | словарь; размер словаря; лексикон | 词表; 词汇表; 词典
word-embedding > embedding | word embedding; word vectors; word2vec; GloVe | векторные представления слов; эмбеддинги слов | 词嵌入; 词向量 | word2vec; GloVe; fastText
sentence-embedding > embedding | sentence embedding; text embedding; text embeddings; document embedding; text embedder | эмбеддинги предложений; эмбеддинги текстов; векторные представления текста; эмбеддинг текста | 句子嵌入; 文本嵌入; 文档嵌入; 文本向量
contextual-embedding > embedding | contextual embedding; contextualized representations; contextual document embeddings | контекстные эмбеддинги; контекстуализированные представления | 上下文嵌入; 上下文表示
text-corpus > dataset | text corpus; web corpus; web text; Common Crawl; web-crawled | текстовый корпус; веб-корпус; веб-тексты; веб-данные | 文本语料; 网络语料; 网页数据
scientific-text > nlp | scientific papers; scientific literature; scholarly documents; citation | научные статьи; научная литература; научные публикации; цитирование | 科学文献; 学术论文; 引文
legal-text > nlp | legal documents; legal text; law | юридические документы; юридические тексты; право; правов* | 法律文书; 法律文本; 法律
document-understanding > nlp | document understanding; document parsing; document AI; layout analysis | понимание документов; анализ документов; распознавание документов; анализ разметки | 文档理解; 文档解析; 版面分析
ocr > document-understanding | optical character recognition; OCR; text recognition; scene text | оптическое распознавание символов; распознавание текста | 光学字符识别; 文字识别; 场景文字 | OCR
table-understanding > document-understanding | table understanding; table question answering; tabular reasoning | понимание таблиц; ответы на вопросы по таблицам | 表格理解; 表格问答
chart-understanding > document-understanding | chart understanding; chart question answering; plot | понимание диаграмм; понимание графиков; диаграмм* | 图表理解; 图表问答
comics > vision-language | comics; manga; cartoon | комиксы; комикс; манга; мультфильм | 漫画; 连环画; 卡通
poetry > story-generation | poetry; poem | поэзия; стихотворение; стих* | 诗歌; 诗词
code-switching > multilingual | code-switching; code-mixing | переключение кодов; смешение языков | 语码转换; 语码混合
language-specific > multilingual | Romanian; Vietnamese; Italian; Chinese language; Russian language; Arabic; Hindi; Japanese; Korean | румынск*; вьетнамск*; итальянск*; китайский язык; русский язык; арабск*; хинди; японск*; корейск* | 罗马尼亚语; 越南语; 意大利语; 汉语; 中文; 俄语; 阿拉伯语; 印地语; 日语; 韩语
cross-lingual-transfer > multilingual, transfer-learning | cross-lingual transfer; zero-shot cross-lingual; language transfer | межъязыковой перенос; кросс-лингвальный перенос; перенос между языками | 跨语言迁移; 语言迁移
`;
