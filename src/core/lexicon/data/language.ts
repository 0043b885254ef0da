/**
 * Lexicon block: language technology long tail — LLM training stages and behaviour, retrieval and
 * embeddings in detail, text processing. Format: `../parse.ts`.
 * @module
 */
export const text = `
# === LLM training stages
pretraining-data > training-data, pretraining | pre-training data; pretraining corpus; pre-training corpus | данные предобучения; корпус предобучения | 预训练数据; 预训练语料
mid-training > training | mid-training; annealing phase; domain upsampling | промежуточное обучение; фаза отжига | 中期训练; 退火阶段
long-context-training > long-context, training | long-context training; long-context fine-tuning; length generalization | обучение на длинном контексте; обобщение по длине | 长上下文训练; 长度泛化
alignment-tax > alignment | alignment tax; capability degradation | налог на выравнивание; деградация способностей | 对齐税; 能力退化
process-reward > reward-model, reasoning | process reward model; step-level reward; outcome reward | модель вознаграждения за процесс; пошаговое вознаграждение; вознаграждение за результат | 过程奖励模型; 步骤级奖励; 结果奖励 | PRM; ORM
verifier > reasoning | verifier; verification; solution verification | верификатор; верификация; проверка решений | 验证器; 解答验证
best-of-n > test-time-compute | best-of-N; best of N sampling; reranking solutions | лучший из N; выбор лучшего из N | 多选一采样; 最优选择
rejection-sampling-ft > fine-tuning, sampling | rejection sampling fine-tuning; STaR; self-taught reasoner | дообучение с отбором с отклонением; самообучающийся рассуждатель | 拒绝采样微调; 自学推理
constitutional-ai > alignment | constitutional AI; AI feedback; self-critique | конституционный ИИ; обратная связь от ИИ; самокритика | 宪法人工智能; 人工智能反馈; 自我批评 | RLAIF
online-rl-llm > rl-for-llm | online RL; on-policy; off-policy | онлайн обучение с подкреплением; он-полиси; офф-полиси | 在线强化学习; 同策略; 异策略
value-model > reward-model | value model; value network; value estimation | модель ценности; сеть ценности; оценка ценности | 价值模型; 价值网络; 价值估计
kl-penalty > rlhf | KL penalty; KL regularization; reference model | штраф KL; регуляризация KL; референсная модель | 散度惩罚; 参考模型
preference-tuning-survey > preference-optimization, survey-paper | preference tuning survey; survey of alignment | обзор настройки предпочтений; обзор методов выравнивания | 偏好调优综述; 对齐综述

# === LLM behaviour
instruction-following-eval > instruction-following, evaluation | instruction-following evaluation; following constraints; format following | оценка следования инструкциям; следование ограничениям; следование формату | 指令遵循评估; 约束遵循; 格式遵循
long-form-qa > question-answering, long-text-generation | long-form question answering; long-form answers | развернутые ответы; развёрнутые ответы на вопросы | 长篇问答; 长答案
open-ended-generation > natural-language-generation | open-ended generation; open-ended tasks; free-form generation | открытая генерация; открытые задачи; свободная генерация | 开放式生成; 开放任务; 自由生成
controllable-text > natural-language-generation, controllable-generation | controllable text generation; style control; attribute control | управляемая генерация текста; управление стилем | 可控文本生成; 风格控制
style > controllable-text | writing style; style; stylistic | стиль письма; стиль; стилистическ* | 写作风格; 风格
context-faithfulness > factuality, long-context | context faithfulness; leveraging context; context utilization; responding based on context | верность контексту; использование контекста; ответы на основе контекста | 上下文忠实; 上下文利用
knowledge-conflict > knowledge | knowledge conflict; parametric vs contextual knowledge | конфликт знаний; параметрические и контекстные знания | 知识冲突
position-bias > long-context | lost in the middle; position bias; positional bias | потеря в середине; позиционное смещение | 中间遗失; 位置偏差
repetition > natural-language-generation | repetition; degeneration; repetitive text | повторение; вырождение; повторяющийся текст | 重复; 退化; 重复文本
self-evaluation > self-correction | self-evaluation; self-verification; self-assessment | самооценка; самопроверка | 自我评估; 自我验证
chain-of-thought-analysis > chain-of-thought | when chain-of-thought helps; CoT analysis; unfaithful reasoning | когда помогает цепочка рассуждений; анализ цепочек рассуждений | 思维链分析; 不忠实推理
symbolic-reasoning > logical-reasoning | symbolic reasoning; symbolic execution; algorithmic reasoning | символьные рассуждения; символьное исполнение; алгоритмические рассуждения | 符号推理; 符号执行; 算法推理
commonsense-qa > commonsense-reasoning, question-answering | commonsense question answering; physical commonsense | вопросы на здравый смысл; физический здравый смысл | 常识问答; 物理常识
temporal-knowledge > knowledge | temporal knowledge; time-sensitive; knowledge cutoff | временные знания; зависящ* от времени; дата отсечения знаний | 时间知识; 时效性; 知识截止
affective-cognition > emotion, cognition | affective cognition; emotional intelligence; emotion understanding | аффективное познание; эмоциональный интеллект; понимание эмоций | 情感认知; 情商; 情感理解
theory-of-mind > cognition | theory of mind; mental states; false belief | теория разума; психические состояния; ложное убеждение | 心智理论; 心理状态; 错误信念
personality-traits > psychology | personality traits; Big Five; persona consistency | черты личности; большая пятерка; согласованность персоны | 人格特质; 大五人格
values-measurement > psychometrics | value measurement; generative psychometrics; value orientation | измерение ценностей; генеративная психометрия; ценностные ориентации | 价值测量; 生成式心理测量; 价值取向

# === Retrieval and embeddings in detail
embedding-model > sentence-embedding | embedding model; text embedder; embedding models; embedder | модель эмбеддингов; модель векторных представлений; эмбеддер | 嵌入模型; 文本嵌入模型; 向量模型
multilingual-embeddings > sentence-embedding, multilingual | multilingual embeddings; cross-lingual embeddings | многоязычные эмбеддинги; межъязыковые эмбеддинги | 多语言嵌入; 跨语言嵌入
instruction-retriever > dense-retrieval, instruction-following | instruction-trained retriever; promptable retriever; instructed retrieval | ретривер с инструкциями; поиск по инструкциям | 指令检索器; 可提示检索器
late-interaction > dense-retrieval | late interaction; ColBERT; multi-vector; token-level embeddings | позднее взаимодействие; многовекторн*; эмбеддинги уровня токенов | 后期交互; 多向量; 令牌级嵌入 | ColBERT
sparse-retrieval > retrieval | sparse retrieval; BM25; lexical retrieval; keyword search | разреженный поиск; лексический поиск; поиск по ключевым словам | 稀疏检索; 词法检索; 关键词搜索 | BM25; SPLADE
hybrid-search > retrieval | hybrid search; hybrid retrieval | гибридный поиск | 混合检索; 混合搜索
query-rewriting > retrieval | query rewriting; query expansion; query reformulation | переписывание запросов; расширение запроса; переформулировка запроса | 查询改写; 查询扩展
document-ranking > reranking | document ranking; passage ranking; passage retrieval | ранжирование документов; ранжирование отрывков; поиск отрывков | 文档排序; 段落排序; 段落检索
chunking > rag | chunking; text chunks; document chunking | разбиение на фрагменты; фрагменты текста; чанкинг | 文本分块; 分块
retrieval-evaluation > retrieval, benchmark | retrieval benchmark; BEIR; MTEB; retrieval evaluation | бенчмарк поиска; оценка поиска | 检索基准; 检索评估 | BEIR; MTEB
rag-evaluation > rag, evaluation | RAG evaluation; evaluation of retrieval-augmented generation; fetch and reason | оценка RAG; оценка генерации с поиском | 检索增强生成评估
retrieval-attention > efficient-attention, dense-retrieval | retrieval attention; vector retrieval attention; top-k attention | внимание с поиском; поиск по векторам внимания | 检索注意力; 向量检索注意力
recommendation-embedding > recommender-system, embedding | item embeddings; semantic item representations; text-based recommendation | эмбеддинги объектов; семантические представления объектов | 物品嵌入; 基于文本的推荐

# === Text processing
text-normalization > nlp | text normalization; normalization of text; cleaning text | нормализация текста; очистка текста | 文本规范化; 文本清洗
sentence-segmentation > nlp | sentence segmentation; word segmentation; Chinese word segmentation | сегментация предложений; сегментация слов; сегментация китайских слов | 句子切分; 分词; 中文分词
spell-checking > grammatical-error-correction | spell checking; typos | проверка орфографии; опечатки | 拼写检查; 错别字
readability > nlp | readability; text complexity; plain language | удобочитаемость; сложность текста; простой язык | 可读性; 文本复杂度
text-style-transfer > controllable-text | text style transfer; formality transfer; detoxification | перенос стиля текста; изменение формальности; детоксификация | 文本风格迁移; 正式度转换; 去毒
dialect > multilingual | dialect; dialects; regional variety | диалект; диалекты; региональный вариант | 方言
historical-text > nlp | historical texts; ancient languages; classical Chinese | исторические тексты; древние языки; классический китайский | 历史文本; 古代语言; 文言文
scientific-categorization > scientific-text, text-classification | scientific topic classification; categorization of scientific topics; fine-grained categorization | классификация научных тем; тонкая категоризация | 科学主题分类; 细粒度分类
`;
