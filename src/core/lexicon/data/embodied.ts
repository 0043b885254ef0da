/**
 * Lexicon block: embodied AI and robot learning in detail. Format: `../parse.ts`.
 * @module
 */
export const text = `
goal-conditioned > reinforcement-learning | goal-conditioned; goal-conditioned policy; goal reaching | обусловленный целью; политика с заданной целью; достижение цели | 目标条件; 目标条件策略
diffusion-policy > policy, diffusion-model | diffusion policy; action diffusion | диффузионная политика; диффузия действий | 扩散策略; 动作扩散
action-chunking > policy | action chunking; action tokens; action prediction | разбиение действий на блоки; токены действий; предсказание действий | 动作分块; 动作令牌; 动作预测
embodied-qa > embodied-ai, question-answering | embodied question answering; EQA | воплощенные вопросы и ответы | 具身问答 | EQA
vision-language-navigation > motion-planning, vision-language | vision-language navigation; VLN; instruction following navigation | навигация по зрению и языку; навигация по инструкциям | 视觉语言导航 | VLN
object-rearrangement > robot-manipulation | rearrangement; object rearrangement; tidying | перестановка объектов; расстановка объектов | 物体重排; 物体整理
mobile-manipulation > robot-manipulation, mobile-robot | mobile manipulation; mobile manipulator | мобильная манипуляция; мобильный манипулятор | 移动操作; 移动机械臂
contact-rich > robot-manipulation | contact-rich manipulation; contact dynamics; force control | манипуляции с контактом; динамика контакта; силовое управление | 接触丰富操作; 接触动力学; 力控制
deformable-manipulation > robot-manipulation | deformable object manipulation; cloth manipulation; rope manipulation | манипуляция деформируемыми объектами; манипуляция тканью; манипуляция веревкой | 可变形物体操作; 布料操作; 绳索操作
pick-and-place > robot-manipulation | pick-and-place; pick and place; bin picking | взять и положить; сортировка объектов | 抓取放置; 拣选
assembly > robot-manipulation | robotic assembly; insertion task; peg insertion | роботизированная сборка; задача вставки | 机器人装配; 插入任务
whole-body-control > humanoid, control | whole-body control; loco-manipulation | управление всем телом; локоманипуляция | 全身控制; 移动操作一体
model-predictive-control > control | model predictive control; MPC; receding horizon | управление с прогнозирующей моделью; прогнозирующее управление | 模型预测控制 | MPC
inverse-kinematics > control | inverse kinematics; forward kinematics; kinematics | обратная кинематика; прямая кинематика; кинематика | 逆运动学; 正运动学; 运动学
trajectory-optimization > motion-planning | trajectory optimization; optimal trajectory | оптимизация траектории; оптимальная траектория | 轨迹优化; 最优轨迹
motion-capture > motion | motion capture; mocap; motion data | захват движения; данные движения | 动作捕捉; 运动数据
learning-from-observation > imitation-learning | imitation from observation; learning from human demonstration; one-shot imitation | имитация по наблюдениям; обучение по демонстрациям человека | 观察模仿; 人类示范学习
offline-to-online > offline-rl | offline-to-online; online fine-tuning of policies | переход от офлайн к онлайн | 离线到在线
intrinsic-motivation > exploration | intrinsic motivation; intrinsic reward; novelty search | внутренняя мотивация; внутреннее вознаграждение; поиск новизны | 内在动机; 内在奖励; 新颖性搜索
reward-free > reinforcement-learning | reward-free; unsupervised RL; skill learning | без вознаграждения; обучение с подкреплением без учителя; обучение навыкам | 无奖励; 无监督强化学习; 技能学习
agile-locomotion > legged-locomotion | agile locomotion; parkour; continuous jumping; discontinuous terrain | ловкая локомоция; паркур; непрерывные прыжки; прерывистый рельеф | 敏捷运动; 跑酷; 连续跳跃; 不连续地形
navigation > motion-planning | navigation; indoor navigation; visual navigation; point-goal | навигация; навигация в помещении; визуальная навигация | 导航; 室内导航; 视觉导航
embodied-benchmark > embodied-ai, benchmark | embodied benchmark; household tasks; kitchen tasks | бенчмарк воплощенного ИИ; бытовые задачи; кухонные задачи | 具身基准; 家务任务; 厨房任务
exoskeleton > robotics | exoskeleton; prosthesis; wearable robot | экзоскелет; протез; носимый робот | 外骨骼; 假肢; 可穿戴机器人
swarm > multi-agent | swarm; swarm robotics; multi-robot | рой; роевая робототехника; многороботн* | 集群; 群体机器人; 多机器人
soft-robotics > robotics | soft robot; soft robotics | мягкий робот; мягкая робототехника | 软体机器人
autonomous-racing > autonomous-driving | autonomous racing; drone racing | автономные гонки; гонки дронов | 自动驾驶赛车; 无人机竞速
driving-simulation > autonomous-driving, simulation | driving simulator; CARLA; end-to-end driving | симулятор вождения; сквозное вождение | 驾驶模拟器; 端到端驾驶 | CARLA
occupancy > autonomous-driving, 3d | occupancy prediction; occupancy grid; occupancy network | предсказание занятости; сетка занятости | 占用预测; 占用网格
`;
