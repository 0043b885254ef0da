/**
 * Lexicon block (second round): finer tasks and problem settings across fields not in the first blocks.
 * Format: `../parse.ts`; how entries were checked: `../REVIEW.md`.
 * @module
 */
export const text = `
# === Vision and multimodal tasks
image-text-matching > image-text-retrieval | image-text matching; image-text alignment scoring | сопоставление изображений и текста | 图文匹配
visual-entailment > vision-language, natural-language-inference | visual entailment | визуальное следование | 视觉蕴含
visual-commonsense > multimodal-reasoning, commonsense-reasoning | visual commonsense reasoning | визуальные рассуждения на основе здравого смысла | 视觉常识推理
referring-expression-generation > vision-language, referring-segmentation, captioning | referring expression generation; region captioning | генерация ссылающихся выражений; описание областей | 指代表达生成; 区域描述
image-to-text > vision-language, image | image-to-text; image to text | изображение в текст; преобразование изображения в текст | 图像到文本; 图生文
text-to-3d-scene > scene-generation | text-to-scene; text-driven scene generation | генерация сцены по тексту | 文本生成场景; 文本驱动场景生成
video-to-text > video-understanding, video-captioning | video-to-text; video description | видео в текст | 视频到文本
scene-text-recognition > scene-text, ocr | scene text recognition; text spotting | обнаружение и распознавание текста | 文本检测识别
math-formula-recognition > ocr, visual-math | formula recognition; mathematical expression recognition; LaTeX OCR | распознавание формул; распознавание математических выражений | 公式识别; 数学表达式识别
layout-analysis > document-understanding | document layout; page layout | анализ макета; макет документа | 文档版面
table-recognition > table-understanding, ocr, tabular-data | table recognition; table structure recognition; table extraction | распознавание таблиц; извлечение таблиц | 表格识别; 表格结构识别; 表格抽取
chart-generation > chart-understanding, infographics | chart generation; chart-to-code; plot generation | генерация диаграмм; генерация графиков | 图表生成
slide-generation > document-understanding, creative-ai | slide generation; presentation generation | генерация слайдов; генерация презентаций | 幻灯片生成; 演示文稿生成
image-classification-medical > medical-imaging, image-classification, diagnosis, image | medical image classification; disease classification from images | классификация медицинских изображений | 医学图像分类
visual-place > scene-understanding, classification | scene recognition; scene classification | распознавание сцен; классификация сцен | 场景识别; 场景分类
affordance-grounding > affordance | affordance grounding; affordance detection | обнаружение аффордансов | 功能可供性检测; 可供性定位
material-recognition > material, segmentation | material recognition; material segmentation | распознавание материалов; сегментация материалов | 材质识别; 材质分割
# === Language tasks
question-answering-long > long-form-qa | explanatory answers | подробные ответы | 解释性回答
answer-selection > question-answering, reranking | answer selection; answer ranking | выбор ответа; ранжирование ответов | 答案选择; 答案排序
multiple-choice > question-answering | multiple-choice questions; multiple choice | вопросы с выбором ответа; множественный выбор | 多项选择题; 选择题
yes-no > question-answering | yes/no questions; boolean questions | вопросы да/нет; бинарные вопросы | 是非题; 判断题
math-problem-generation > question-generation, math-reasoning | math problem generation; problem synthesis | генерация математических задач; синтез задач | 数学题生成; 问题合成
text-infilling > natural-language-generation, cloze | text infilling; fill-in-the-middle; FIM | заполнение пропусков в тексте; заполнение середины | 文本填充; 中间填充
keyphrase-generation > keyword-extraction | keyphrase generation | генерация ключевых фраз | 关键短语生成; 关键短语抽取
title-generation > headline-generation | paper title generation | генерация названий | 标题生成
commit-message > software-engineering, natural-language-generation, version-control | commit message generation; code documentation; docstring generation | генерация сообщений коммитов; документирование кода | 提交信息生成; 代码文档生成
code-translation > code-generation, machine-translation | code translation; program translation; transpilation | перевод кода; трансляция программ | 代码翻译; 程序翻译
code-repair > bug-detection, code-editing | automated program repair | исправление программ; автоматическое исправление программ; исправление ошибок в коде | 自动程序修复; 缺陷修复 | APR
code-optimization > code-editing, efficiency | code optimization; performance optimization of code | оптимизация кода | 代码优化
formal-verification > theorem-proving, verifier | formal verification; Coq; Isabelle | формальная верификация; помощник доказательств | 形式化验证
autoformalization > theorem-proving, formal-language | autoformalization | автоформализация | 自动形式化
sql-generation-eval > text-to-sql, benchmark | text-to-SQL benchmark; Spider; BIRD | бенчмарк преобразования текста в SQL | 文本转结构化查询基准
dialogue-generation > response-generation, dialogue | response generation in dialogue | генерация реплик | 对话生成; 回复生成
persuasion > dialogue, psychology, manipulation-risk, argument-mining | persuasive | убедительн* | 说服; 论证
negotiation > dialogue, game-theory | negotiation; bargaining | переговоры; торг | 谈判; 议价
deception-detection > deception | deception detection; lie detection | обнаружение обмана; обнаружение лжи | 欺骗检测; 谎言检测
text-anonymization > anonymization, nlp | text anonymization | анонимизация текста | 文本匿名化
grammar-induction > syntax, unsupervised-learning, parsing | grammar induction; unsupervised parsing | индукция грамматики; обучение синтаксису без учителя | 语法归纳; 无监督句法分析
cross-lingual-summarization > summarization, multilingual | cross-lingual summarization | межъязыковая суммаризация | 跨语言摘要
speech-summarization > summarization, speech-processing | speech summarization; podcast summarization | суммаризация речи; суммаризация подкастов | 语音摘要; 播客摘要
# === Learning settings
few-shot-classification > few-shot-learning, classification | few-shot classification | классификация по нескольким примерам | 小样本分类
open-world-detection > open-set-recognition, object-detection | open-world object detection | обнаружение объектов в открытом мире | 开放世界目标检测
novel-class-discovery > open-set-recognition, clustering | novel class discovery; category discovery | обнаружение новых классов; обнаружение категорий | 新类发现; 类别发现
multi-label-classification > multi-label | multi-label classification | многометочная классификация; классификация с несколькими метками | 多标签分类
hierarchical-classification > classification, ontology-engineering | hierarchical classification; taxonomy classification | иерархическая классификация | 层次分类
ordinal-regression > regression, prediction | ordinal regression; rating prediction | порядковая регрессия; предсказание оценок | 序数回归; 评分预测
survival-time > survival-analysis | hazard model | время до события; модель рисков | 事件时间; 风险模型
learning-with-rejection > selective-prediction | learning to defer; reject option; deferral | обучение с отказом; передача решения эксперту | 学习延迟; 拒绝选项
human-in-the-loop > human-ai-interaction, active-learning, human-oversight | interactive learning; human feedback loop | интерактивное обучение | 交互式学习
programmatic-labeling > weak-supervision | labeling functions; programmatic labeling; data programming | функции разметки; программная разметка | 标注函数; 程序化标注
meta-reinforcement-learning > meta-learning, reinforcement-learning | meta-reinforcement learning; meta-RL | мета-обучение с подкреплением | 元强化学习
multi-fidelity > bayesian-optimization | multi-fidelity; multi-fidelity optimization; surrogate model | многоточностн*; суррогатная модель | 多保真度; 代理模型
compressed-sensing > signal-processing, sparsity, compression | compressed sensing; sparse recovery | сжатые измерения; разреженное восстановление | 压缩感知; 稀疏恢复
data-assimilation > weather-forecasting | data assimilation | усвоение данных; ассимиляция данных | 数据同化
system-identification > control | system identification | идентификация систем | 系统辨识
trajectory-prediction-agents > trajectory-forecasting, autonomous-driving, motion, prediction, agent, multi-agent, transportation | motion prediction of road agents; multi-agent trajectory prediction | прогнозирование траекторий участников движения | 多智能体轨迹预测; 交通参与者轨迹预测
`;
