/**
 * Lexicon block: reinforcement learning, control and robotics. Format: `../parse.ts`.
 * @module
 */
export const text = `
# === Reinforcement learning
markov-decision-process > reinforcement-learning | Markov decision process; MDP; partially observable | марковский процесс принятия решений; частично наблюдаемый | 马尔可夫决策过程; 部分可观测 | MDP; POMDP
policy > reinforcement-learning | policy; policies; policy network | политика; стратегия агента; сеть политики | 策略网络; 策略函数
value-function > reinforcement-learning | value function; Q-function; Q-learning; critic network | функция ценности; Q-функция; Q-обучение; сеть-критик | 价值函数; 动作价值函数; 值学习; 评论家网络 | DQN
reward > reinforcement-learning | reward; rewards; reward shaping; sparse reward | вознаграждение; награда; формирование вознаграждения; разреженное вознаграждение | 奖励; 奖励塑形; 稀疏奖励
exploration > reinforcement-learning | exploration-exploitation; exploration strategy; curiosity-driven exploration | исследование среды; исследование-эксплуатация; любопытство | 探索与利用; 探索策略; 好奇心驱动
model-based-rl > reinforcement-learning | model-based reinforcement learning; model-based RL; dynamics model | обучение с подкреплением на основе модели; модель динамики | 基于模型的强化学习; 动力学模型
inverse-rl > reinforcement-learning | inverse reinforcement learning; reward learning | обратное обучение с подкреплением; обучение функции вознаграждения | 逆强化学习; 奖励学习 | IRL
hierarchical-rl > reinforcement-learning | hierarchical reinforcement learning; options framework; skill discovery | иерархическое обучение с подкреплением; обнаружение навыков | 分层强化学习; 技能发现
multi-armed-bandit > reinforcement-learning | multi-armed bandit; bandit; contextual bandit | многорукий бандит; контекстный бандит | 多臂老虎机; 上下文老虎机
rl-for-llm > reinforcement-learning, llm | RL for LLMs; reinforcement learning for language models; RL fine-tuning | обучение с подкреплением для языковых моделей; дообучение с подкреплением | 大模型强化学习; 强化学习微调
policy-filtration > rlhf | policy filtration; reward filtering; rejection sampling | фильтрация политики; фильтрация по вознаграждению; отбор с отклонением | 策略过滤; 拒绝采样
self-play > reinforcement-learning | self-play; adversarial play | игра с собой; самоигра | 自我博弈; 自对弈
game-playing > reinforcement-learning | game playing; video games; game environments; chess; Atari; Minecraft | видеоигры; компьютерные игры; игровые среды; шахматы; игра в го | 游戏; 电子游戏; 国际象棋; 围棋 | Atari; Minecraft
monte-carlo-tree-search > planning | Monte Carlo tree search; tree search; MCTS | поиск по дереву Монте-Карло; поиск по дереву | 蒙特卡洛树搜索; 树搜索 | MCTS
decision-making > reinforcement-learning | decision making; sequential decision making | принятие решений; последовательное принятие решений | 决策; 序贯决策
safe-rl > reinforcement-learning, safety | safe reinforcement learning; constrained RL | безопасное обучение с подкреплением | 安全强化学习
offline-data > offline-rl | offline data; offline dataset; data-centric | офлайн-данные; оффлайн данные; данные-ориентированн* | 离线数据; 以数据为中心

# === Control and robotics
control > robotics | controller; control policy; optimal control; feedback control | контроллер; политика управления; оптимальное управление; управление с обратной связью | 控制器; 控制策略; 最优控制; 反馈控制
visuomotor-control > control, robot-manipulation | visuomotor control; visuo-motor control; sensorimotor | визуомоторное управление; сенсомоторн* | 视觉运动控制; 感知运动
motion-planning > robotics | motion planning; path planning; trajectory planning; navigation | планирование движения; планирование пути; планирование траектории; навигация | 运动规划; 路径规划; 轨迹规划; 导航
trajectory | trajectory; trajectories; trajectory prediction | траектория; траектории; предсказание траектории | 轨迹; 轨迹预测
sim-to-real > robotics | sim-to-real; simulation to reality; domain randomization; real-world deployment | перенос из симуляции в реальность; рандомизация домена | 仿真到现实; 域随机化 | Sim2Real
physics-simulation > simulation | physics simulation; physics-based; physical simulation; physics engine | физическая симуляция; физическое моделирование; физический движок; на основе физики | 物理仿真; 物理模拟; 基于物理; 物理引擎
dexterous-hand > robot-manipulation | dexterous hand; dexterous manipulation; bimanual; in-hand manipulation | ловкая рука; ловкие манипуляции; двуручн* | 灵巧手; 灵巧操作; 双臂
legged-locomotion > locomotion | legged locomotion; jumping; quadruped robot; walking; terrain | шагающая локомоция; прыжки; прыжок; ходьба; рельеф; местность | 足式运动; 跳跃动作; 行走; 复杂地形
humanoid > robotics | humanoid; humanoid robot; humanoids | гуманоид; гуманоидный робот; человекоподобный робот | 人形机器人; 类人机器人
mobile-robot > robotics | mobile robot; navigation robot; wheeled robot | мобильный робот; колесный робот; колёсный робот | 移动机器人; 轮式机器人
drone > robotics, remote-sensing | drone; UAV; unmanned aerial vehicle; quadrotor | дрон; беспилотный летательный аппарат; квадрокоптер | 无人机; 四旋翼 | UAV
language-conditioned > robotics, vision-language | language-conditioned; language-guided; language instructions for robots; natural language commands | управляемый языком; с языковыми инструкциями; языковые команды | 语言条件; 语言引导; 语言指令
human-robot-interaction > robotics | human-robot interaction; human-robot collaboration | взаимодействие человека и робота; взаимодействие человек-робот | 人机交互; 人机协作 | HRI
articulated-object > robot-manipulation | articulated object; articulated objects; articulation | сочлененный объект; сочленённые объекты; шарнирн* | 铰接物体; 关节物体
grasping > robot-manipulation | grasp; grasping; grasp detection | схватывание; захват объектов; обнаружение захвата | 抓握; 抓取检测
teleoperation > robotics | teleoperation; teleoperated | телеуправление; дистанционное управление | 遥操作
robot-learning > robotics, machine-learning | robot learning; learning from human videos; learning from videos | обучение роботов; обучение по видео людей | 机器人学习; 从人类视频学习
generalist-policy > robotics | generalist policy; generalist robot; foundation policy; cross-embodiment | универсальная политика; универсальный робот | 通用策略; 通用机器人; 跨具身
tactile > robotics | tactile; touch sensing; haptic | тактильн*; осязание; тактильные датчики | 触觉; 触觉传感
autonomous-systems | autonomous system; autonomous systems; autonomy | автономная система; автономные системы; автономность | 自主系统; 自主性
`;
