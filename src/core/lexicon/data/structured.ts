/**
 * Lexicon block: graphs, recommender systems, time series, tabular data, knowledge representation.
 * Format: `../parse.ts`.
 * @module
 */
export const text = `
# === Graphs and knowledge
graph-learning > machine-learning, graph-theory | graph learning; graph representation learning; node classification; link prediction | обучение на графах; представления графов; классификация вершин; предсказание связей | 图学习; 图表示学习; 节点分类; 链接预测
knowledge-graph > graph-theory | knowledge graph; knowledge graphs; knowledge base; ontology | граф знаний; графы знаний; база знаний | 知识图谱; 知识库; 本体
graph-rag > rag, knowledge-graph | GraphRAG; graph-based retrieval; graph retrieval-augmented | поиск по графу знаний; графовый RAG | 图检索增强; 图谱检索 | GraphRAG
knowledge-augmented > knowledge | knowledge-augmented; knowledge-enhanced; knowledge injection; external knowledge | дополненный знаниями; внедрение знаний; внешние знания | 知识增强; 知识注入; 外部知识
molecular-graph > graph-learning, molecule | molecular graph; molecular property prediction | молекулярный граф; предсказание свойств молекул | 分子图; 分子性质预测
social-network > graph-theory | social network; social media; social networks | социальная сеть; социальные сети; социальные медиа | 社交网络; 社交媒体
community-detection > graph-learning, clustering | community detection; graph clustering | обнаружение сообществ; кластеризация графов | 社区发现; 图聚类
graph-generation > graph-learning, generative-model | graph generation; generative graph model | генерация графов | 图生成
combinatorial-reasoning > reasoning | combinatorial reasoning; puzzle; puzzles; Sudoku | комбинаторные рассуждения; головоломка; головоломки; судоку | 组合推理; 谜题; 数独

# === Recommendation
recommender-system | recommender system; recommendation; recommendations; recommender | рекомендательная система; рекомендации; рекомендательн* | 推荐系统; 推荐; 推荐算法
collaborative-filtering > recommender-system | collaborative filtering; user-item; interaction similarity | коллаборативная фильтрация; пользователь-объект; сходство взаимодействий | 协同过滤; 用户物品; 交互相似度
click-through-rate > recommender-system | click-through rate; CTR prediction; user engagement | кликабельность; предсказание кликабельности; вовлеченность пользователей | 点击率; 点击率预测; 用户参与度 | CTR
sequential-recommendation > recommender-system | sequential recommendation; session-based recommendation; next-item prediction | последовательные рекомендации; сессионные рекомендации | 序列推荐; 会话推荐
search-ranking > ranking, retrieval | search ranking; web search; query understanding | ранжирование поиска; веб-поиск; понимание запросов | 搜索排序; 网页搜索; 查询理解
advertising > recommender-system | advertising; ads; online advertising | реклам*; онлайн-реклама | 广告; 在线广告
user-modeling > personalization | user modeling; user behavior; user preferences | моделирование пользователей; поведение пользователей; предпочтения пользователей | 用户建模; 用户行为; 用户偏好

# === Time series
time-series | time series; time-series; temporal data; sequential data | временные ряды; временной ряд; временные данные; последовательные данные | 时间序列; 时序数据; 序列数据
forecasting > time-series | forecasting; time series forecasting; forecast; prediction horizon | прогнозирование; прогнозирование временных рядов; прогноз; горизонт прогнозирования | 预测; 时间序列预测; 预报
anomaly-in-time-series > time-series, anomaly-detection | time series anomaly detection | обнаружение аномалий во временных рядах | 时间序列异常检测
weather-forecasting > forecasting, climate | weather forecasting; weather prediction; numerical weather prediction | прогноз погоды; прогнозирование погоды; численный прогноз погоды | 天气预报; 天气预测; 数值天气预报
traffic-forecasting > forecasting | traffic forecasting; traffic prediction | прогнозирование трафика; прогноз дорожного движения | 交通预测; 流量预测
financial-forecasting > forecasting, finance | stock prediction; financial forecasting; stock market | прогнозирование акций; финансовое прогнозирование; фондовый рынок | 股票预测; 金融预测; 股市
sensor-data > time-series | sensor data; sensors; wearable; accelerometer | данные датчиков; датчики; носимые устройства; акселерометр | 传感器数据; 传感器; 可穿戴设备; 加速度计
event-sequence > time-series | event sequence; temporal point process | последовательность событий; временной точечный процесс | 事件序列; 时间点过程

# === Tabular data
tabular-data | tabular data; tables; table; spreadsheet; structured data | табличные данные; таблица; таблицы; электронные таблицы; структурированные данные | 表格数据; 表格; 电子表格; 结构化数据
data-imputation > tabular-data | imputation; missing values; missing data | импутация; пропущенные значения; пропуски данных | 缺失值填充; 缺失值; 数据插补
automl > machine-learning | AutoML; automated machine learning; hyperparameter optimization | автоматическое машинное обучение; автоматизированное машинное обучение | 自动机器学习; 超参数优化 | AutoML
data-science | data science; data analysis; data analytics; exploratory analysis | наука о данных; анализ данных; аналитика данных | 数据科学; 数据分析
data-mining > data-science | data mining; pattern mining; association rules | интеллектуальный анализ данных; добыча данных; ассоциативные правила | 数据挖掘; 模式挖掘; 关联规则
`;
