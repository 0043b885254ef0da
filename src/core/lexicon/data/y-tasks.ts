/**
 * Lexicon block (third round: finer vision, language, speech/audio, reinforcement-learning, robotics, generation and multimodal tasks).
 * Format: `../parse.ts`; how entries were written and checked: `../REVIEW.md`.
 * @module
 */
export const text = `
# === Vision, finer tasks
image-deblurring > deblurring | motion deblurring; image deblurring; blind deblurring | устранение размытия движения | 运动去模糊; 图像去模糊
image-denoising-real > image-denoising | real-world denoising; raw image denoising | шумоподавление реальных снимков | 真实图像去噪
low-light-enhancement > low-light | low-light image enhancement; night image enhancement | улучшение изображений при слабом освещении | 低光照图像增强; 暗光增强
image-retouching > image-editing | photo retouching; image retouching; color grading | ретушь фотографий; цветокоррекция | 图像修饰; 照片润色
reflection-removal > image-restoration | reflection removal; glare removal | удаление отражений; удаление бликов | 反射去除; 去反光
moire-removal > image-restoration | moire removal; demoireing | удаление муара | 去摩尔纹
focus-stacking > computational-photography | depth of field; bokeh rendering; defocus blur | глубина резкости; эффект боке; расфокус | 景深; 散景渲染; 离焦模糊
burst-photography > computational-photography | burst photography; multi-frame fusion | серийная съемка; многокадровое слияние | 连拍摄影; 多帧融合
image-signal-processing > computational-photography | image signal processor; ISP pipeline; RAW-to-RGB | конвейер обработки сигнала изображения; обработка RAW | 图像信号处理器; 原始图像处理
exposure-correction > image-restoration | exposure correction; overexposure; underexposure | коррекция экспозиции; пересвет; недосвет | 曝光校正; 过曝; 欠曝
image-deraining-video > deraining | video deraining; rain streak removal | удаление дождя с видео | 视频去雨; 雨纹去除
jpeg-artifacts > image-restoration, image-compression | compression artifact removal; JPEG artifacts; deblocking | удаление артефактов сжатия; артефакты JPEG | 压缩伪影去除; 去块效应
image-aesthetics > aesthetics, image-quality-assessment | aesthetic quality assessment; image aesthetics | оценка эстетики изображений | 图像美学评估; 美学质量评价
no-reference-iqa > image-quality-assessment | no-reference image quality assessment; blind image quality | безэталонная оценка качества изображений | 无参考图像质量评价; 盲图像质量评价
image-copy-detection > image-forensics | copy detection; near-duplicate image detection | обнаружение копий изображений; поиск почти дубликатов | 图像拷贝检测; 近重复图像检测
image-splicing > image-forensics | image splicing detection; image manipulation detection; tampering localization | обнаружение склейки изображений; обнаружение подделки изображений | 图像拼接篡改检测; 篡改定位
face-alignment > face | face alignment; facial landmark detection; facial landmarks | выравнивание лиц; ключевые точки лица | 人脸对齐; 人脸关键点检测
face-verification > face | face verification; face identification | верификация лиц | 人脸验证
face-attribute > face | facial attribute recognition; facial attribute editing | распознавание атрибутов лица; редактирование атрибутов лица | 人脸属性识别; 人脸属性编辑
face-parsing > face, semantic-segmentation | face parsing; facial part segmentation | парсинг лица; сегментация частей лица | 人脸解析
head-pose > face, human-pose | head pose estimation | оценка позы головы | 头部姿态估计
emotion-recognition-face > facial-expression, emotion | facial emotion recognition | распознавание эмоций по лицу | 人脸表情识别; 面部情绪识别
vehicle-reid > re-identification | vehicle re-identification | повторная идентификация транспортных средств | 车辆重识别
multi-person-pose > human-pose | multi-person pose estimation; bottom-up pose estimation | оценка поз нескольких людей | 多人姿态估计
pose-3d > human-pose, 3d | 3D human pose estimation; 3D pose lifting | трёхмерная оценка позы человека | 三维人体姿态估计
whole-body-pose > human-pose | whole-body pose | поза всего тела | 全身姿态估计
smpl > body-mesh-recovery | SMPL; SMPL-X; parametric body model | параметрическая модель тела SMPL | 参数化人体模型 | SMPL
clothing-generation > fashion, virtual-try-on | garment generation; clothing generation; garment design | генерация одежды; дизайн одежды | 服装生成; 服装设计
hair-generation > hair-modeling | hairstyle generation; hair editing | генерация причёсок; редактирование волос | 发型生成; 头发编辑
sketch-to-image > image-generation, sketch | sketch-to-image; sketch-based generation | генерация изображений по скетчу | 草图生成图像; 草图到图像
semantic-image-synthesis > image-generation, semantic-segmentation | semantic image synthesis; mask-to-image; label-to-image | семантический синтез изображений | 语义图像合成
text-guided-editing > image-editing | text-guided image editing; prompt-based editing; prompt-to-prompt | редактирование изображений по тексту | 文本引导图像编辑
image-inversion > image-editing, latent-space | GAN inversion; diffusion inversion; DDIM inversion; null-text inversion | инверсия GAN; инверсия диффузии | 生成对抗网络反演; 扩散反演
concept-customization > subject-driven | concept customization; custom diffusion; multi-concept customization | кастомизация концептов | 概念定制; 多概念定制
image-prompt-adapter > image-prompt, adapter | IP-Adapter; image prompt adapter | адаптер изображений-подсказок | 图像提示适配器
logo-generation > logo-design, image-generation | logo generation | генерация логотипов | 标志生成; 徽标生成
poster-generation > layout-generation, logo-design | poster generation; graphic design generation | генерация постеров | 海报生成
material-estimation > material, rendering | material estimation; SVBRDF estimation | оценка материалов; оценка BRDF | 材质估计; 双向反射分布函数 | SVBRDF
depth-completion > depth-estimation | depth completion; sparse-to-dense depth | дополнение глубины | 深度补全
metric-depth > depth-estimation | metric depth estimation; absolute depth | метрическая оценка глубины | 度量深度估计; 绝对深度
video-depth > depth-estimation, video | video depth estimation; temporally consistent depth | оценка глубины видео | 视频深度估计
triplane > implicit-representation, 3d | triplane representation; tri-plane | трипланарное представление | 三平面表示
voxel > 3d | voxel grid; voxels; voxelization | воксельная сетка; воксели; вокселизация | 体素网格; 体素化; 体素
gaussian-compression > gaussian-splatting, compression | compact Gaussian splatting; Gaussian compression | сжатие гауссовых сплатов | 高斯压缩; 紧凑高斯表示
scene-editing-3d > 3d-editing | 3D scene editing | редактирование трёхмерных сцен | 三维场景编辑
amodal > scene-understanding | amodal completion; amodal segmentation; occlusion reasoning | амодальное дополнение; рассуждение об окклюзиях | 非模态补全; 遮挡推理
open-vocabulary-3d > 3d-understanding, open-vocabulary-segmentation | open-vocabulary 3D; 3D open-vocabulary segmentation | трёхмерное понимание с открытым словарём | 开放词汇三维理解
visual-grounding-3d > 3d-understanding, grounding-dino | 3D visual grounding | трёхмерная визуальная привязка | 三维视觉定位
action-anticipation > action-recognition, video-prediction | action anticipation; action forecasting | предвосхищение действий | 行为预判
temporal-grounding > video-grounding | temporal sentence grounding; highlight detection | поиск моментов в видео | 视频片段检索; 精彩片段检测
video-stabilization > video-restoration | video stabilization | стабилизация видео | 视频稳定; 视频防抖
crowd-simulation > simulation, human-motion-prediction | crowd simulation; pedestrian simulation | симуляция толпы | 人群仿真; 人群模拟
trajectory-pedestrian > human-motion-prediction | pedestrian trajectory prediction | предсказание траекторий пешеходов | 行人轨迹预测
license-plate > ocr | license plate recognition | распознавание номерных знаков | 车牌识别
handwriting-generation > handwriting, text-rendering | handwriting generation; handwritten text synthesis | генерация рукописного текста | 手写体生成
math-ocr > math-formula-recognition | handwritten math recognition | распознавание рукописных формул | 手写公式识别
document-layout > layout-analysis | document layout analysis; reading order detection | анализ макета документа; порядок чтения | 文档版面分析; 阅读顺序
table-detection > table-recognition | table detection | обнаружение таблиц; распознавание структуры таблиц | 表格检测
chart-to-table > chart-understanding | chart-to-table; chart derendering; plot digitization | преобразование графиков в таблицы | 图表转表格; 图表反渲染
remote-sensing-detection > remote-sensing, object-detection | remote sensing object detection; aerial object detection | обнаружение объектов на аэроснимках | 遥感目标检测; 航拍目标检测
change-detection > remote-sensing | change detection; bi-temporal change detection | обнаружение изменений | 变化检测
building-extraction > remote-sensing, segmentation | building extraction; road extraction | выделение зданий; выделение дорог | 建筑物提取; 道路提取
sar-imagery > remote-sensing, radar | synthetic aperture radar; SAR images | радиолокатор с синтезированной апертурой | 合成孔径雷达 | SAR
multispectral > remote-sensing, hyperspectral | multispectral imagery; multispectral images | мультиспектральные снимки | 多光谱图像; 多光谱影像
infrared-small-target > small-object-detection, thermal-imaging | infrared small target detection | обнаружение малых целей в инфракрасном диапазоне | 红外小目标检测
visible-infrared > thermal-imaging, multimodal-fusion | visible-infrared fusion; RGB-thermal | слияние видимого и инфракрасного | 可见光红外融合
# === Language, finer tasks
text-summarization-news > summarization, news | news summarization | суммаризация новостей | 新闻摘要
scientific-summarization > summarization, scientific-text | scientific paper summarization; paper summarization | суммаризация научных статей | 科学论文摘要; 论文摘要生成
opinion-summarization > summarization, sentiment-analysis | opinion summarization; review summarization | суммаризация мнений; суммаризация отзывов | 观点摘要; 评论摘要
review-analysis > sentiment-analysis | product reviews; review mining | анализ отзывов | 评论分析; 产品评论
emotion-classification > emotion, text-classification | emotion classification; emotion detection in text | классификация эмоций в тексте | 文本情绪分类; 情绪检测
metaphor > figurative-language | metaphor detection; metaphor interpretation | обнаружение метафор | 隐喻识别; 隐喻理解
clickbait > misinformation | clickbait detection | обнаружение кликбейта | 标题党检测
fake-news > misinformation | fake news detection | обнаружение фейковых новостей | 假新闻检测; 虚假新闻检测
hate-speech-detection > hate-speech | offensive language detection | обнаружение оскорбительной речи | 冒犯性语言检测; 辱骂性语言
cyberbullying > online-harassment | cyberbullying detection | обнаружение кибербуллинга | 网络欺凌检测
text-watermark-detection > watermark-llm | watermark detection in text | обнаружение водяных знаков в тексте | 文本水印检测
lexical-simplification > text-simplification | lexical simplification; complex word identification | лексическое упрощение | 词汇简化; 复杂词识别
text-normalization-social > text-normalization, social-media | social media text normalization; noisy user-generated text | нормализация пользовательского текста | 社交媒体文本规范化
punctuation-restoration > text-normalization, speech-transcription | punctuation restoration; punctuation prediction | восстановление пунктуации | 标点恢复; 标点预测
truecasing > text-normalization | truecasing; capitalization restoration | восстановление регистра | 大小写恢复
stemming > morphology, tokenization | stemming; stemmer | стемминг; стеммер | 词干提取
chunking-nlp > parsing | shallow parsing; phrase chunking | поверхностный синтаксический анализ | 浅层句法分析; 组块分析
discourse-parsing > discourse | discourse parsing; rhetorical structure theory | дискурсивный анализ; теория риторической структуры | 篇章分析; 修辞结构理论 | RST
event-coreference > coreference, event-extraction | event coreference | кореференция событий | 事件共指
zero-pronoun > coreference | zero pronoun resolution; anaphora resolution | разрешение анафоры | 零代词消解
temporal-expression > temporal-reasoning, information-extraction | temporal expression extraction; time expression normalization | извлечение временных выражений | 时间表达式抽取
numeral-understanding > numerical-reasoning | numeracy; number understanding in language models | понимание чисел языковыми моделями | 数字理解; 数感
units-conversion > numerical-reasoning | unit conversion; quantity reasoning | пересчет единиц измерения | 单位换算
knowledge-graph-reasoning > knowledge-graph, reasoning | knowledge graph reasoning; multi-hop KG reasoning | рассуждения по графу знаний | 知识图谱推理
schema-matching > database | schema matching; schema linking | сопоставление схем | 模式匹配; 模式链接
text-to-cypher > semantic-parsing, knowledge-graph | text-to-Cypher; text-to-SPARQL | преобразование текста в SPARQL | 文本到图查询 | SPARQL; Cypher
nl2bash > semantic-parsing, code-generation | natural language to bash; shell command generation | генерация команд оболочки | 自然语言转命令行; 命令行生成
regex-synthesis > program-synthesis | regular expression synthesis; regex generation | синтез регулярных выражений | 正则表达式生成
math-word-problem-solving > math-word-problem | word problem solving | решение текстовых задач | 应用题求解
empathetic-response > dialogue-generation, emotion | empathetic response generation | генерация эмпатичных ответов | 共情回复生成
persona-dialogue > persona, dialogue-generation | persona-based dialogue | диалог с персоной | 基于人设的对话; 人设一致性
question-rewriting > query-rewriting, conversational-search | conversational question rewriting | переформулирование вопросов в диалоге | 对话问题改写
answer-verification > self-verification, question-answering | answer verification; answer checking | проверка ответов | 答案验证
unanswerable > question-answering, knowledge-boundary | unanswerable questions | вопросы без ответа | 不可回答问题
cloze-test > cloze | cloze test | тест на заполнение пропусков | 填空题
essay-scoring > automated-grading, essay-writing | automated essay scoring | автоматическая оценка эссе | 作文自动评分
feedback-generation > education | feedback generation; automated feedback for students | генерация обратной связи для учащихся | 反馈生成; 自动反馈
reading-assistance > readability | reading assistance; text readability assessment | оценка читаемости текста | 可读性评估
language-learning > education, linguistics | second language learning; language learners | изучение иностранного языка; изучающие язык | 语言学习; 第二语言学习
low-resource-mt > machine-translation, low-resource-language | low-resource machine translation; low-resource translation | машинный перевод для малоресурсных языков | 低资源机器翻译
translation-memory > machine-translation | translation memory; computer-assisted translation | память переводов; автоматизированный перевод | 翻译记忆; 计算机辅助翻译
post-editing > machine-translation | post-editing; automatic post-editing | постредактирование | 译后编辑; 自动译后编辑
literary-translation > machine-translation, creative-writing | literary translation; poetry translation | художественный перевод | 文学翻译; 诗歌翻译
quality-estimation-mt > mt-evaluation | quality estimation; reference-free translation evaluation | оценка качества перевода без эталона | 翻译质量估计; 无参考翻译评估
multilingual-tokenization > tokenizer, multilingual | multilingual tokenizer*; tokenizer* fertility | многоязычная токенизация; плодовитость токенизатора | 多语言分词; 分词器效率
script-conversion > transliteration | script conversion; romanization | преобразование письменности; романизация | 文字转换; 罗马化
dialect-identification > dialect, language-identification | dialect identification | определение диалекта | 方言识别
african-nlp > african-languages | African NLP | обработка африканских языков | 非洲语言处理
indonesian-nlp > language-specific | Indonesian; Indonesian language | индонезийский язык | 印尼语; 印度尼西亚语
persian-nlp > language-specific | Persian; Farsi | персидский язык; фарси | 波斯语
turkish-nlp > language-specific | Turkish; Turkish language | турецкий язык | 土耳其语
hebrew-nlp > language-specific | Hebrew | иврит | 希伯来语
german-nlp > language-specific | German language; German-language | немецкий язык | 德语
french-nlp > language-specific | French language; French-language | французский язык | 法语
spanish-nlp > language-specific | Spanish language; Spanish-language | испанский язык | 西班牙语
ukrainian-nlp > language-specific | Ukrainian; Ukrainian language | украинский язык | 乌克兰语
kazakh-nlp > language-specific | Kazakh; Central Asian languages | казахский язык; языки Центральной Азии | 哈萨克语
# === Speech and audio, finer
flow-matching-tts > text-to-speech-llm, flow-matching | flow matching TTS; non-autoregressive TTS | неавторегрессионный синтез речи | 非自回归语音合成
prosody-control > prosody, expressive-speech | prosody control; pitch control; speaking style control | управление просодией; управление интонацией | 韵律控制; 语调控制; 说话风格控制
emotional-tts > expressive-speech, emotion | emotional speech synthesis; emotional TTS | эмоциональный синтез речи | 情感语音合成
multilingual-tts > text-to-speech-llm, multilingual | multilingual speech synthesis; cross-lingual TTS | многоязычный синтез речи | 多语言语音合成; 跨语言语音合成
speech-watermark > audio-watermark | speech watermarking | водяные знаки в речи | 语音水印
speaker-anonymization > anonymization, speaker-recognition | speaker anonymization; voice anonymization; voice privacy | анонимизация голоса | 说话人匿名化; 语音隐私
anti-spoofing > audio-deepfake | spoofing countermeasures; voice anti-spoofing; ASVspoof | защита от подмены голоса | 语音防伪 | ASVspoof
dysfluency > speech-processing | stuttering detection; speech disfluency | обнаружение заикания; речевые запинки | 口吃检测; 语音不流畅
pronunciation-assessment > speech-processing, education | pronunciation assessment; mispronunciation detection | оценка произношения | 发音评估; 发音错误检测
accented-asr > speech-recognition, accent | accented speech recognition | распознавание речи с акцентом | 口音语音识别
asr-contextual-biasing > speech-recognition | contextual biasing; hotword boosting | контекстное смещение распознавания | 上下文偏置; 热词增强
long-form-asr > speech-recognition | long-form transcription; long-form speech recognition | распознавание длинных записей | 长音频转写; 长语音识别
speech-llm-eval > speech-llm, benchmark | spoken question answering; voice benchmark | устные вопросы и ответы | 口语问答
audio-question-answering-music > music-understanding | music question answering | поиск музыкальной информации | 音乐问答
melody-generation > music-generation | melody generation; accompaniment generation | генерация мелодии; генерация аккомпанемента | 旋律生成; 伴奏生成
singing-voice-conversion > singing-voice, voice-conversion | singing voice conversion; AI cover songs | преобразование певческого голоса | 歌声转换
music-editing > music-generation, audio-editing | music editing; music inpainting | редактирование музыки | 音乐编辑
audio-super-resolution > audio-restoration | audio super-resolution | суперразрешение аудио | 音频超分辨率
acoustic-echo > speech-enhancement | acoustic echo cancellation | подавление акустического эха | 回声消除
binaural > spatial-audio | binaural audio | бинауральный звук; амбисоник | 双耳音频; 全景声
sound-event-localization > sound-localization, audio-event-detection | sound event localization and detection | локализация звуковых событий | 声音事件定位
# === Reinforcement learning, finer
trpo > policy-optimization | trust region policy optimization; trust region | оптимизация политики в доверительной области | 信赖域策略优化
sac > actor-critic | soft actor-critic; maximum entropy RL | мягкий актор-критик; обучение с подкреплением с максимальной энтропией | 软演员评论家; 最大熵强化学习
ddpg-td3 > actor-critic, continuous-control | DDPG; TD3; deterministic policy gradient | детерминированный градиент политики | 深度确定性策略梯度 | DDPG; TD3
a3c > actor-critic | asynchronous advantage actor-critic | асинхронный актор-критик | 异步优势演员评论家
distributional-rl > value-function | distributional reinforcement learning | распределительное обучение с подкреплением | 分布式强化学习; 分布强化学习
reward-design > reward-shaping | reward design; reward engineering | проектирование вознаграждения | 奖励设计
sparse-reward > reward | sparse rewards; delayed rewards | разреженные вознаграждения; отложенное вознаграждение | 延迟奖励
exploration-bonus > exploration, intrinsic-motivation | exploration bonus; count-based exploration | бонус за исследование | 探索奖励
goal-relabeling > goal-conditioned | hindsight experience replay; goal relabeling | переразметка целей задним числом | 事后经验回放 | HER
contextual-bandit > multi-armed-bandit | contextual bandits; Thompson sampling; upper confidence bound | контекстные бандиты; сэмплирование Томпсона | 汤普森采样; 置信上界 | UCB
cooperative-marl > multi-agent-rl | cooperative multi-agent reinforcement learning; centralized training decentralized execution | кооперативное многоагентное обучение | 合作多智能体强化学习; 集中训练分散执行 | CTDE
mean-field-games > game-theory, multi-agent | mean-field games | игры среднего поля | 平均场博弈
rl-benchmark-procgen > rl-environment-benchmark | Procgen; Crafter; NetHack; MineRL | среда Procgen; среда Crafter | 程序生成环境; 我的世界环境 | Procgen; NetHack; MineRL
# === Robotics, finer
dexterous-grasping > grasping, dexterous-hand | dexterous grasping; multi-fingered grasping | ловкий захват многопалой рукой | 灵巧抓取; 多指抓取
grasp-pose > grasping | grasp pose detection; 6-DoF grasping | определение позы захвата | 抓取位姿检测; 六自由度抓取
object-pose-6d > robot-perception, camera-pose | 6D object pose estimation | оценка 6D позы объекта | 六维物体位姿估计
tool-use-robot > robot-manipulation | robotic tool use; tool manipulation by robots | использование инструментов роботами | 机器人使用工具
visual-servoing > visuomotor-control | visual servoing | визуальное сервоуправление | 视觉伺服
humanoid-locomotion > humanoid, locomotion | humanoid locomotion; humanoid walking | локомоция гуманоидов; ходьба гуманоида | 人形机器人行走; 人形机器人运动
multi-robot > multi-agent, robotics | multi-robot systems; multi-robot coordination; robot swarms | многороботные системы; координация роботов | 多机器人系统; 多机器人协同
robot-navigation-social > navigation, human-robot-interaction | social navigation; crowd navigation | социальная навигация | 社交导航; 人群导航
exploration-robot > navigation, map-building | active exploration; frontier exploration; autonomous exploration | активное исследование среды | 主动探索; 前沿探索
lidar-odometry > visual-odometry, lidar | LiDAR odometry; lidar SLAM | лидарная одометрия | 激光雷达里程计
robot-teleop-data > teleoperation, robot-dataset | teleoperation data; VR teleoperation; ALOHA | данные телеуправления | 遥操作数据 | ALOHA
robot-policy-eval > robot-learning, evaluation | robot policy evaluation; real-world robot evaluation | оценка политик роботов | 机器人策略评估
autonomous-driving-perception > autonomous-driving, robot-perception | 3D object detection for driving; driving perception | восприятие для беспилотного вождения | 自动驾驶感知
hd-map > autonomous-driving, map-building | HD map; high-definition map; online mapping | карта высокой чёткости | 高精地图; 在线建图
parking > autonomous-driving | automated parking; parking | автоматическая парковка | 自动泊车
traffic-simulation > driving-simulation | traffic simulation; traffic scenario generation | моделирование дорожного движения | 交通仿真; 交通场景生成
# === Generation and multimodal, finer
image-tokenization-1d > image-tokenizer | 1D image tokenizer*; compact image tokens | одномерный токенизатор изображений | 一维图像分词器
shortcut-models > few-step-generation | shortcut models; consistency trajectory models | модели сокращённых траекторий | 捷径模型
diffusion-caching > inference-acceleration, diffusion-model | feature caching for diffusion; DeepCache; step caching | кэширование признаков в диффузии | 扩散特征缓存; 特征复用
diffusion-alignment > diffusion-fine-tuning, alignment | diffusion model alignment; Diffusion-DPO | выравнивание диффузионных моделей | 扩散模型对齐
diffusion-safety > concept-erasure, safety | safe image generation; unsafe image generation | безопасная генерация изображений | 安全图像生成; 不安全内容生成
diffusion-memorization > memorization, diffusion-model | memorization in diffusion models; training image replication | запоминание в диффузионных моделях | 扩散模型记忆
compositional-generation > text-to-image, compositional-generalization | compositional text-to-image; attribute binding; spatial relationships in generation | композиционная генерация; привязка атрибутов | 组合式生成; 属性绑定
counting-generation > text-to-image | object counting in generation; numeracy in text-to-image | точное число объектов при генерации | 生成中的数量控制
text-image-alignment > text-to-image-eval | text-image alignment; prompt following in generation; prompt adherence | соответствие изображения запросу | 文图一致性; 提示遵循
prompt-expansion > prompt-optimization, text-to-image | prompt rewriting for generation; prompt expansion | расширение промптов для генерации | 提示扩写; 提示改写
image-editing-instruction-data > instruction-editing, instruction-dataset | instruction-based editing dataset; editing pairs | датасет инструкций для редактирования | 编辑指令数据集
mask-free-editing > image-editing | mask-free editing; region-aware editing | редактирование без маски | 无掩码编辑
multi-view-diffusion > novel-view-synthesis, diffusion-model | multi-view diffusion; multi-view generation | многовидовая диффузия; генерация нескольких ракурсов | 多视角扩散; 多视图生成
score-distillation-variants > score-distillation-sampling | variational score distillation; interval score matching | вариационная дистилляция оценки | 变分得分蒸馏
3d-generation-feedforward > feed-forward-3d | large reconstruction model | большая модель реконструкции | 大型重建模型
cad-generation > cad, shape-generation | CAD model generation; parametric CAD | генерация CAD-моделей | 计算机辅助设计生成; 参数化建模
motion-in-context > motion-generation | motion editing; motion in-betweening; motion style transfer | редактирование движения; межкадровая интерполяция движения | 动作编辑; 动作补间
human-scene-interaction > human-object-interaction, motion-generation | human-scene interaction; scene-aware motion | взаимодействие человека со сценой | 人景交互
video-generation-long > long-video-generation | infinite video generation; autoregressive video generation | авторегрессионная генерация видео | 自回归视频生成
video-world-model > world-simulator, video-generation | video world model; interactive video generation; game engine generation | видеомодель мира; интерактивная генерация видео | 视频世界模型; 交互式视频生成
video-personalization > video-generation, subject-driven | subject-driven video generation; identity-preserving video | персонализированная генерация видео | 身份保持视频生成
video-vae > vae, video-compression | video VAE; causal 3D VAE; video tokenizer* | видео-VAE; видеотокенизатор | 视频变分自编码器; 视频分词器
video-temporal-reasoning > video-understanding, temporal-reasoning | temporal reasoning in videos; event ordering | временные рассуждения по видео | 视频时序推理
streaming-video > video-understanding, streaming | streaming video understanding; online video understanding | потоковое понимание видео | 流式视频理解
image-slicing > high-resolution-vlm | image slicing; image tiling; tile-based encoding | нарезка изображения; тайлинг | 图像切片; 分块编码
interleaved-pretraining > interleaved-data, multimodal-pretraining | interleaved image-text pretraining | чередующиеся данные изображений и текста | 图文交错预训练
visual-instruction-data > visual-instruction, instruction-dataset | visual instruction data; multimodal instruction data | данные визуальных инструкций | 视觉指令数据
grounded-captioning > image-captioning, grounding-dino | grounded captioning | привязанное описание изображений; описание регионов | 接地描述
visual-cot > multimodal-reasoning, chain-of-thought | visual chain-of-thought; multimodal chain-of-thought | визуальная цепочка рассуждений | 视觉思维链; 多模态思维链
image-math > visual-math | geometry diagrams; diagram understanding | геометрические чертежи | 几何图形
screenshot-understanding > ui-understanding | screenshot understanding; screen parsing | понимание скриншотов | 截图理解; 屏幕解析
embodied-perception-vlm > embodied-reasoning, vlm | embodied vision-language model; spatial VLM | воплощённая визуально-языковая модель | 具身视觉语言模型
medical-vlm > medical-llm, vlm | medical vision-language model; medical multimodal model | медицинская мультимодальная модель | 医学多模态模型; 医学视觉语言模型
document-llm > document-understanding, mllm | document MLLM; OCR-free document understanding | понимание документов без OCR | 无需光学识别的文档理解
`;
