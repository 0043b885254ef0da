/**
 * Lexicon block: NLP and speech tasks in detail. Format: `../parse.ts`.
 * @module
 */
export const text = `
open-information-extraction > information-extraction | open information extraction; OpenIE; triple extraction | открытое извлечение информации; извлечение троек | 开放信息抽取; 三元组抽取
event-extraction > information-extraction | event extraction; event detection; event argument | извлечение событий; обнаружение событий; аргументы событий | 事件抽取; 事件检测; 事件论元
slot-filling > dialogue-system | slot filling; intent detection; intent classification | заполнение слотов; определение намерения; классификация намерений | 槽位填充; 意图识别; 意图分类
question-generation > natural-language-generation | question generation; generating questions | генерация вопросов | 问题生成
response-generation > dialogue | response generation; dialogue generation; reply generation | генерация ответов; генерация диалогов | 回复生成; 对话生成
knowledge-grounded-dialogue > dialogue, knowledge-augmented | knowledge-grounded dialogue; grounded conversation | диалог на основе знаний; обоснованный диалог | 知识驱动对话; 基于知识的对话
data-to-text > natural-language-generation | data-to-text; table-to-text; graph-to-text | данные в текст; таблица в текст; граф в текст | 数据到文本; 表格到文本; 图到文本
headline-generation > summarization | headline generation; title generation | генерация заголовков | 标题生成
peer-review > scientific-text | peer review; reviewer; paper review | рецензирование; рецензент; рецензия на статью | 同行评审; 审稿; 论文评审
citation-recommendation > scientific-text, recommender-system | citation recommendation; paper recommendation | рекомендация цитирований; рекомендация статей | 引文推荐; 论文推荐
scientific-qa > scientific-text, question-answering | scientific question answering; science QA | научные вопросы и ответы | 科学问答
mt-evaluation > machine-translation, evaluation | translation quality estimation; MT evaluation; translation evaluation | оценка качества перевода; оценка машинного перевода | 译文质量评估; 机器翻译评估
simultaneous-translation > machine-translation | simultaneous translation; simultaneous interpretation; streaming translation | синхронный перевод; потоковый перевод | 同声传译; 流式翻译
document-translation > machine-translation | document-level translation; context-aware translation | перевод на уровне документа; контекстно-зависимый перевод | 篇章级翻译; 文档级翻译
back-translation > machine-translation, data-augmentation | back-translation; round-trip translation | обратный перевод; перевод туда и обратно | 回译; 往返翻译
multimodal-translation > machine-translation, multimodal | multimodal translation; image-guided translation | мультимодальный перевод; перевод с опорой на изображение | 多模态翻译; 图像引导翻译
word-sense-disambiguation > nlp | word sense disambiguation; lexical semantics; polysemy | разрешение лексической многозначности; лексическая семантика; многозначность | 词义消歧; 词汇语义; 一词多义 | WSD
semantic-role-labeling > parsing | semantic role labeling; AMR; abstract meaning representation | разметка семантических ролей; абстрактное представление смысла | 语义角色标注; 抽象语义表示 | SRL; AMR
text-segmentation > nlp | text segmentation; topic segmentation; discourse segmentation | сегментация текста; тематическая сегментация | 文本分割; 主题分割
cloze > reading-comprehension | cloze; fill in the blank; masked word prediction | заполнение пропусков; предсказание пропущенного слова | 完形填空; 填空
essay-writing > long-text-generation, education | essay writing; essay generation; academic writing | написание эссе; генерация эссе; академическое письмо | 论文写作; 作文生成; 学术写作
report-generation > natural-language-generation | report generation; automatic reporting | генерация отчетов; генерация отчётов; автоматические отчеты | 报告生成; 自动报告
voice-activity-detection > speech | voice activity detection; VAD; speech detection | обнаружение голосовой активности; обнаружение речи | 语音活动检测 | VAD
speech-emotion > speech, emotion | speech emotion recognition; emotional speech recognition | распознавание эмоций в речи | 语音情感识别
accent > speech | accent; accented speech; accent conversion | акцент; речь с акцентом; преобразование акцента | 口音; 口音转换
streaming-asr > speech-recognition, streaming | streaming ASR; online speech recognition | потоковое распознавание речи; онлайн распознавание речи | 流式语音识别
audio-qa > audio-language, question-answering | audio question answering; audio QA; sound QA | ответы на вопросы по аудио | 音频问答
music-captioning > music-understanding, captioning | music captioning; music description | описание музыки; подписи к музыке | 音乐描述; 音乐字幕
beat-tracking > music-understanding | beat tracking; chord recognition; music transcription | отслеживание ритма; распознавание аккордов; транскрипция музыки | 节拍跟踪; 和弦识别; 音乐转录
lip-reading > audio-visual-learning, speech-recognition | lip reading; visual speech recognition; audio-visual speech recognition | чтение по губам; визуальное распознавание речи | 唇读; 视觉语音识别; 视听语音识别
sound-localization > audio | sound source localization; direction of arrival | локализация источника звука; направление прихода | 声源定位; 到达方向
speech-quality > speech | speech quality; MOS; naturalness; intelligibility | качество речи; натуральность; разборчивость | 语音质量; 自然度; 可懂度 | MOS
speech-pretraining > speech, self-supervised-learning | speech pretraining; wav2vec; HuBERT | предобучение речи; самообучение на речи | 语音预训练 | wav2vec; HuBERT
audio-knowledge > audio-language, knowledge | auditory knowledge; audio knowledge; sound knowledge | слуховые знания; знания о звуках | 听觉知识; 声音知识
`;
