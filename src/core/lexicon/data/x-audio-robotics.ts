/**
 * Lexicon block (second round): speech, audio, music, reinforcement learning, robotics and embodied AI
 * vocabulary not in the first blocks. Format: `../parse.ts`; how entries were checked: `../REVIEW.md`.
 * @module
 */
export const text = `
# === Speech and audio
text-to-speech-llm > speech-synthesis, speech-llm | LLM-based TTS; codec language model | синтез речи на основе языковых моделей; кодековая языковая модель | 基于大模型的语音合成; 编解码语言模型
voice-cloning > speech-synthesis, voice-conversion | speaker adaptation; voice imitation | адаптация к диктору; имитация голоса | 语音克隆; 说话人自适应
prosody > expressive-speech | intonation; prosodic | интонация; просодическ* | 语调
speech-rate > speech-processing | speaking rate; speech rate; duration modeling | темп речи; скорость речи; моделирование длительности | 语速; 时长建模
multilingual-asr > speech-recognition, multilingual | multilingual speech recognition; multilingual ASR | многоязычное распознавание речи | 多语言语音识别
low-resource-asr > speech-recognition, low-resource-language | low-resource speech recognition; low-resource ASR | распознавание речи для малоресурсных языков | 低资源语音识别
asr-error-correction > speech-recognition | ASR error correction; transcription errors; word error rate | исправление ошибок распознавания речи; ошибки транскрипции; доля ошибочных слов | 语音识别纠错; 转录错误; 词错误率 | WER; CER
speech-transcription > speech-recognition | speech-to-text; automatic transcription | транскрибация; преобразование речи в текст | 转录; 语音转文字; 语音转文本
speech-to-speech > speech-translation, spoken-dialogue | direct speech translation | речь в речь; перевод речи в речь; прямой перевод речи | 语音到语音; 语音到语音翻译
full-duplex > spoken-dialogue, streaming, voice-assistant | full-duplex; real-time voice interaction; turn-taking | полнодуплексн*; голосовое взаимодействие в реальном времени; смена реплик | 全双工; 实时语音交互; 话轮转换
speaker-verification > speaker-recognition, embedding | speaker embedding | идентификация диктора; эмбеддинг диктора | 说话人嵌入
target-speaker > speech-separation | target speaker extraction; target speech extraction | выделение целевого диктора; извлечение речи целевого диктора | 目标说话人提取
noise-suppression > speech-enhancement, denoising, noise | denoising speech | подавление шума; шумоподавление речи | 噪声抑制
dereverberation > speech-enhancement, audio | dereverberation; reverberation; room acoustics | дереверберация; реверберация; акустика помещения | 去混响; 混响; 房间声学
acoustic-model > speech-recognition, audio | acoustic model; acoustic modeling; acoustic features | акустическая модель; акустическое моделирование; акустические признаки | 声学模型; 声学建模; 声学特征
mel-spectrogram > spectrogram | MFCC; filterbank | мел-кепстральные коэффициенты | 梅尔谱; 梅尔频率倒谱系数 | MFCC
neural-audio-codec > audio-codec, speech, tokenization, tokenizer | neural audio codec; speech tokenizer | нейронный аудиокодек; речевой кодек; токенизатор речи | 神经音频编解码器; 语音编解码器; 语音分词器
speech-representation > speech-pretraining | speech representations; self-supervised speech models | речевые представления; самообучаемые речевые модели | 语音表示; 自监督语音模型
audio-editing > audio-generation, speech | audio editing; speech editing; audio inpainting | редактирование аудио; редактирование речи | 音频编辑; 语音编辑
text-to-audio > audio-generation | text-to-sound | генерация звука по тексту; текст в звук; генерация звуков | 文本生成音频 | TTA
text-to-music > music-generation | music from text | генерация музыки по тексту | 文本到音乐; 文本生成音乐
singing-synthesis > singing-voice, speech-synthesis | singing synthesis | синтез певческого голоса | 歌声合成 | SVS
music-transcription > music-understanding | automatic music transcription | автоматическая транскрипция музыки | 自动音乐转录
music-source-separation > music, speech-separation | music source separation; stem separation | разделение музыкальных источников | 音乐源分离
music-recommendation > music, recommender-system | music recommendation; playlist | рекомендация музыки; плейлист | 音乐推荐; 歌单
music-theory > music | music theory; melody; chord progression | теория музыки; мелодия; аккорды | 音乐理论; 旋律; 和弦进行
lyrics > music | lyrics; lyrics generation; song lyrics | тексты песен; генерация текстов песен | 歌词; 歌词生成
audio-event-detection > audio-classification | audio event detection | классификация акустических сцен | 音频事件检测; 声学场景分类
bioacoustics > audio-classification, ecology | bioacoustics; animal sounds; bird sounds | биоакустика; звуки животных; пение птиц | 生物声学; 动物声音; 鸟鸣
audio-watermark > watermarking, audio | audio watermarking | водяные знаки в аудио | 音频水印
speech-quality-assessment > speech-quality, evaluation | MOS prediction; speech quality assessment | предсказание оценки качества речи; оценка качества речи | 语音质量评估
hearing > accessibility, audio | hearing aids; hearing loss; hearing impaired | слуховые аппараты; потеря слуха; слабослышащ* | 助听器; 听力损失; 听障
dysarthria > speech-processing, medical | dysarthric speech; speech disorders; pathological speech | дизартрия; нарушения речи; патологическая речь | 构音障碍; 言语障碍; 病理语音
children-speech > speech-processing | children's speech; child speech | детская речь; речь детей | 儿童语音
# === Reinforcement learning
reward-model-overoptimization > reward-hacking, reward | reward model overoptimization; Goodhart | переоптимизация вознаграждения; закон Гудхарта | 古德哈特定律
exploration-exploitation > exploration | exploration-exploitation trade-off | компромисс между исследованием и использованием | 探索与利用权衡
curiosity > intrinsic-motivation | curiosity | исследование на основе любопытства | 好奇心; 好奇心驱动探索
sparse-reward-env > reward, environment | sparse-reward environments; hard-exploration | среды с разреженным вознаграждением | 稀疏奖励环境
multi-agent-coordination > multi-agent-rl, agent-communication | multi-agent coordination; cooperative multi-agent; decentralized agents | кооперативные многоагентные системы | 多智能体协同
emergent-communication > multi-agent-rl, agent-communication | emergent communication; emergent language | эмерджентная коммуникация; эмерджентный язык | 涌现通信; 涌现语言
game-theory > decision-making, game-playing | game theory; Nash equilibrium; game-theoretic | теория игр; равновесие Нэша; теоретико-игров* | 博弈论; 纳什均衡
mechanism-design > game-theory, economics | mechanism design; auctions; auction | проектирование механизмов; аукционы; аукцион | 机制设计; 拍卖
video-games > game-playing | StarCraft | компьютерные игры | 视频游戏; 我的世界
board-games > game-playing | board games; Go game; poker | настольные игры; покер | 棋类游戏; 扑克
procedural-generation > game-playing, environment | procedural generation; procedurally generated; level generation | процедурная генерация; процедурно генерируемые; генерация уровней | 程序化生成; 关卡生成
open-ended-learning > reinforcement-learning, curriculum-learning | open-ended learning; auto-curriculum | открытое обучение; автоматическая учебная программа | 开放式学习; 自动课程
world-model-rl > world-model, model-based-rl | learned world model; world model learning | обученная модель мира; обучение модели мира | 学习型世界模型; 世界模型学习
dynamics-model > model-based-rl | forward model; transition model | модель переходов | 转移模型
partial-observability > markov-decision-process | partial observability | частично наблюдаем*; частичная наблюдаемость | 部分可观测
continuous-control > control | continuous control; MuJoCo; continuous action spaces | непрерывное управление; непрерывное пространство действий | 连续控制; 连续动作空间
action-space > policy | action space; discrete actions | пространство действий; дискретные действия | 动作空间; 离散动作
rl-environment-benchmark > environment, benchmark, reinforcement-learning | gym environments; Gymnasium; RL benchmark | среды для обучения с подкреплением | 强化学习环境; 强化学习基准
reward-learning > reward-model, inverse-rl, reward | learned reward; reward inference | обучение вознаграждения; выученное вознаграждение | 学习奖励
preference-based-rl > reward-learning, rlhf, preference-optimization | preference-based reinforcement learning; preference-based RL | обучение с подкреплением на основе предпочтений | 基于偏好的强化学习 | PbRL
safe-exploration > safe-rl, exploration, constraint-satisfaction | safe exploration; constraint satisfaction in RL | безопасное исследование; обучение с подкреплением с ограничениями | 安全探索; 约束强化学习
# === Robotics and embodied AI
robot-foundation-model > robotics, foundation-model | robot foundation model; robotic foundation models; robotics foundation model | фундаментальная модель для роботов; базовые модели для робототехники | 机器人基础模型; 机器人大模型
cross-embodiment > robot-learning, generalist-policy, embodied-ai | embodiment transfer; multi-embodiment | перенос между воплощениями; межплатформенный перенос | 跨本体
robot-dataset > robotics, dataset, embodied-ai | robot dataset; robot demonstrations; Open X-Embodiment | датасет для роботов; демонстрации роботов | 机器人数据集; 机器人示范
task-planning-robot > robotics, planning, long-horizon, robot-manipulation | robot task planning; long-horizon manipulation | планирование задач; планирование задач робота; долгосрочная манипуляция | 机器人任务规划; 长程操作
language-to-action > vla, language-conditioned, instruction-following | language to action; instruction following robot | язык в действия; следование инструкциям роботом; команды на естественном языке | 语言到动作; 自然语言指令
robot-perception > robotics, visual-perception, keypoint-detection | robot perception; robotic perception; 6D pose estimation; object pose estimation | восприятие роботов; оценка позы объекта; шестимерная поза | 机器人感知; 六维位姿估计; 物体位姿估计
bimanual > robot-manipulation, dexterous-hand | bimanual manipulation; dual-arm; two-handed | двуручная манипуляция; двурукий робот | 双臂操作; 双手操作
tool-manipulation > robot-manipulation, tool-use | tool manipulation; tool use robot; cloth folding; cooking robot | манипуляция инструментами; складывание ткани | 工具操作; 衣物折叠
in-hand-manipulation > dexterous-hand, rotation | in-hand object rotation | манипуляция в руке; вращение объекта в руке | 手内操作; 手中物体旋转
quadruped > legged-locomotion | robot dog | робот-собака | 机器狗
bipedal > legged-locomotion, humanoid | bipedal locomotion; biped; walking robot | двуногая ходьба; двуногий робот | 双足行走; 双足机器人; 步行机器人
robot-arm > robot-manipulation | robot arm; robotic arm; end-effector | роботизированная рука; рабочий орган; рука робота | 机械手; 末端执行器
gripper > grasping | gripper; parallel-jaw gripper; suction | захват робота; схват; присоска | 夹爪; 夹持器; 吸盘
force-control > control, contact-rich | impedance control | управление силой; импедансное управление | 阻抗控制; 柔顺控制
collision-avoidance > motion-planning, safety | collision avoidance; obstacle avoidance | предотвращение столкновений; обход препятствий | 避碰; 避障; 碰撞避免
path-planning > motion-planning, navigation | route planning | планирование маршрута | 路线规划
object-navigation > navigation | object navigation; object-goal navigation; semantic navigation | навигация к объектам; семантическая навигация | 物体导航; 目标导航; 语义导航
map-building > slam | semantic mapping; occupancy map; 3D scene graph | построение карты; семантическая карта; карта занятости | 地图构建; 语义地图; 占据地图
robot-safety > robotics, safety | robot safety; safe robot | безопасность роботов; безопасность робототехники | 机器人安全
household-robot > mobile-manipulation | household robot; home robot; service robot | домашний робот; сервисный робот | 家用机器人; 服务机器人
surgical-robot > surgery, robotics | surgical robot; robotic surgery | хирургический робот; роботизированная хирургия | 手术机器人; 机器人手术
industrial-robot > manufacturing, robotics, workflow-automation | industrial robot; factory automation | промышленный робот; автоматизация производства | 工业机器人; 工厂自动化
underwater-robot > robotics, ocean | underwater robot; underwater vehicle; marine robot | подводный робот; подводный аппарат | 水下机器人; 水下航行器
aerial-robot > drone, motion-planning, navigation | aerial robot | воздушный робот | 空中机器人
embodied-agent > embodied-ai, agent | embodied agents | воплощённые агенты | 具身智能体
embodied-reasoning > embodied-ai, reasoning, planning | embodied reasoning; embodied planning | воплощённые рассуждения; воплощённое планирование | 具身推理; 具身规划
simulation-benchmark-robot > simulator-platform, embodied-benchmark | ManiSkill; Isaac Gym; robot simulator | симулятор роботов; робототехнический симулятор | 机器人模拟器; 机器人仿真
digital-twin > simulation | digital twin; digital twins; real-to-sim | цифровой двойник; цифровые двойники | 数字孪生
vehicle-dynamics > autonomous-driving, control, transportation | vehicle control; vehicle dynamics | управление транспортным средством; динамика транспортного средства | 车辆控制; 车辆动力学
end-to-end-driving > autonomous-driving | end-to-end autonomous driving | сквозное автономное вождение | 端到端自动驾驶
driving-planning > autonomous-driving, motion-planning | driving planning; motion planning for driving | планирование движения автомобиля | 驾驶规划
`;
