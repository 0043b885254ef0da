/**
 * Lexicon block: computer science around ML — algorithms and data structures, logic and knowledge
 * representation, search, software engineering, learning theory. Format: `../parse.ts`.
 * @module
 */
export const text = `
# === Algorithms and data structures
algorithm | algorithm; algorithms; algorithmic | алгоритм; алгоритмы; алгоритмическ* | 算法; 算法性
dynamic-programming > algorithm | dynamic programming | динамическое программирование | 动态规划
greedy-algorithm > algorithm | greedy algorithm; greedy search | жадный алгоритм; жадный поиск | 贪心算法; 贪心搜索
beam-search-algorithm > decoding | beam search; beam width | лучевой поиск; ширина луча | 束搜索; 集束搜索
search-algorithm > algorithm | search algorithm; heuristic search; best-first search | алгоритм поиска; эвристический поиск; поиск по первому наилучшему совпадению | 搜索算法; 启发式搜索; 最佳优先搜索
hashing > algorithm | hashing; hash function; locality-sensitive hashing | хеширование; хеш-функция; локально-чувствительное хеширование | 哈希; 哈希函数; 局部敏感哈希 | LSH
sorting > algorithm | sorting; sorting algorithm | сортировка; алгоритм сортировки | 排序算法
data-structure > algorithm | data structure; trie; heap; binary tree; linked list | структура данных; префиксное дерево; куча; двоичное дерево; связный список | 数据结构; 前缀树; 二叉树; 链表
tree-structure > data-structure | tree; trees; hierarchical structure; hierarchy | дерево; деревья; иерархическая структура; иерархия | 树结构; 层次结构; 层级
string-matching > algorithm | string matching; edit distance; regular expression | сопоставление строк; редакционное расстояние; регулярное выражение | 字符串匹配; 编辑距离; 正则表达式
approximation-algorithm > algorithm | approximation algorithm; approximate; approximation | приближенный алгоритм; аппроксимация; приближен* | 近似算法; 近似
randomized-algorithm > algorithm | randomized algorithm; randomization; randomized | рандомизированный алгоритм; рандомизация | 随机算法; 随机化
parallel-algorithm > parallelism | parallel algorithm; parallel scan; prefix sum | параллельный алгоритм; параллельное сканирование; префиксная сумма | 并行算法; 并行扫描; 前缀和
caching > systems-software | caching; cache; cache hit | кэширование; кэш; попадание в кэш | 缓存; 缓存命中

# === Logic and knowledge representation
logic | logic; first-order logic; propositional logic; formal logic | логика; логика первого порядка; логика высказываний; формальная логика | 逻辑学; 一阶逻辑; 命题逻辑; 形式逻辑
neuro-symbolic > logic, neural-network | neuro-symbolic; neurosymbolic; symbolic AI | нейросимвольн*; символьный ИИ | 神经符号; 符号人工智能
knowledge-representation > logic | knowledge representation; semantic web; RDF | представление знаний; семантическая сеть; семантический веб | 知识表示; 语义网
rule-learning > logic | rule learning; rule induction; latent rules; rules of a game | обучение правилам; индукция правил; скрытые правила; правила игры | 规则学习; 规则归纳; 潜在规则; 游戏规则
program-synthesis > code-generation | program synthesis; program induction; inductive programming | синтез программ; индукция программ | 程序合成; 程序归纳
constraint-satisfaction > logic | constraint satisfaction; SAT solver; constraint solver | удовлетворение ограничений; SAT-решатель | 约束满足; 可满足性求解器 | SAT; SMT
automated-planning > planning | automated planning; PDDL; classical planning | автоматическое планирование; классическое планирование | 自动规划; 经典规划 | PDDL
ontology-engineering > knowledge-representation | ontology; taxonomy; taxonomies | онтология; таксономия; таксономии | 本体; 分类体系; 分类法
analogy > reasoning | analogical reasoning; abstract reasoning; ARC | рассуждения по аналогии; абстрактные рассуждения | 类比推理; 抽象推理 | ARC
causal-reasoning > reasoning, causal-inference | causal reasoning; counterfactual reasoning | причинно-следственные рассуждения; контрфактические рассуждения | 因果推理; 反事实推理
spatial-reasoning > reasoning, spatial-understanding | spatial reasoning; 3D spatial reasoning; spatial relations | пространственные рассуждения; пространственные отношения | 空间推理; 空间关系
multimodal-reasoning > reasoning, multimodal | multimodal reasoning; visual reasoning; visual math | мультимодальные рассуждения; визуальные рассуждения | 多模态推理; 视觉推理; 视觉数学
scientific-reasoning > reasoning, ai-for-science | scientific reasoning; scientific questions | научные рассуждения; научные вопросы | 科学推理; 科学问题
abductive-reasoning > reasoning | abductive reasoning; inductive reasoning; hypothesis generation | абдуктивные рассуждения; индуктивные рассуждения; генерация гипотез | 溯因推理; 归纳推理; 假设生成
long-horizon > planning | long-horizon; long horizon tasks; multi-step tasks | длительный горизонт; долгосрочные задачи; многошаговые задачи | 长时程; 长程任务; 多步任务

# === Software engineering
fault-localization > software-engineering | fault localization; bug localization | локализация ошибок; локализация дефектов | 错误定位; 缺陷定位; 故障定位
software-engineering > programming | software engineering; software development; software repository | программная инженерия; разработка ПО; разработка программного обеспечения; репозиторий | 软件工程; 软件开发; 代码仓库
code-review > software-engineering | code review; pull request; code quality | ревью кода; проверка кода; пул-реквест; качество кода | 代码审查; 代码质量
bug-detection > code-editing | bug detection; bug fixing; vulnerability detection; static analysis | поиск ошибок; исправление ошибок; поиск уязвимостей; статический анализ | 缺陷检测; 错误修复; 漏洞检测; 静态分析
test-generation > unit-tests | test generation; test case generation; plausible tests; code testing | генерация тестов; генерация тестовых случаев; правдоподобные тесты | 测试生成; 测试用例生成
code-understanding > code | code understanding; code search; code summarization | понимание кода; поиск кода; суммаризация кода | 代码理解; 代码搜索; 代码摘要
code-execution > code | code execution; execution feedback; interpreter; sandboxed execution | выполнение кода; обратная связь от выполнения; интерпретатор | 代码执行; 执行反馈; 解释器
programming-languages > programming | programming languages; Python; Java; JavaScript; Rust | языки программирования; Питон | 编程语言 | Python; Java; JavaScript; TypeScript; Rust
low-code > programming | low-code; no-code; end-user programming; non-expert users; non-AI experts | low-code; без кода; программирование конечными пользователями; неспециалисты | 低代码; 无代码; 非专业用户
version-control > software-engineering | version control; git; commits; edit history | система контроля версий; коммиты; история правок | 版本控制; 提交记录; 编辑历史
edit-sequences > code-editing, synthetic-data | edit sequences; code edits; synthetic edits; diff | последовательности правок; правки кода; синтетические правки | 编辑序列; 代码编辑序列; 差异
code-data > code, dataset | code data; code corpus; source code dataset; GitHub | данные кода; корпус кода; датасет исходного кода | 代码数据; 代码语料 | GitHub; StackOverflow
text-to-code > code-generation | text-to-code; natural language to code; NL2Code | текст в код; естественный язык в код | 文本到代码; 自然语言生成代码

# === Learning theory
learning-theory | learning theory; statistical learning theory; PAC learning; sample complexity | теория обучения; статистическая теория обучения; PAC-обучение; выборочная сложность | 学习理论; 统计学习理论; 样本复杂度 | PAC
generalization-bound > learning-theory, generalization | generalization bound; Rademacher complexity; VC dimension | граница обобщения; сложность Радемахера; размерность Вапника-Червоненкиса | 泛化界; 拉德马赫复杂度 | VC
expressivity > learning-theory | expressivity; expressive power; representational capacity; universal approximator | выразительность; выразительная способность; представительная емкость | 表达能力; 表示能力; 通用逼近器
neural-tangent-kernel > learning-theory | neural tangent kernel; NTK; infinite width | нейронное касательное ядро; бесконечная ширина | 神经正切核; 无限宽度 | NTK
implicit-bias > learning-theory | implicit bias; implicit regularization; simplicity bias | неявное смещение; неявная регуляризация; смещение к простоте | 隐式偏置; 隐式正则化; 简单性偏置
online-convex > learning-theory | online convex optimization; regret; regret bound | онлайн выпуклая оптимизация; сожаление; граница сожаления | 在线凸优化; 遗憾; 遗憾界
mean-field > learning-theory | mean-field; mean field theory; statistical mechanics | теория среднего поля; статистическая механика | 平均场; 统计力学
loss-landscape > training-dynamics | loss landscape; sharpness; flat minima; mode connectivity | ландшафт потерь; острота; плоские минимумы; связность мод | 损失曲面; 尖锐度; 平坦极小值
in-context-theory > in-context-learning, learning-theory | mechanism of in-context learning; induction heads; transformers as algorithms | механизм обучения в контексте; индукционные головы | 上下文学习机制; 归纳头
`;
