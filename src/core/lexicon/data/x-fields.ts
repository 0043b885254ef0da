/**
 * Lexicon block (second round): graphs, time series, recommendation, tabular data and other fields'
 * finer vocabulary not in the first blocks. Format: `../parse.ts`; checks: `../REVIEW.md`.
 * @module
 */
export const text = `
# === Graphs
link-prediction > graph-learning, prediction | edge prediction | предсказание рёбер | 边预测
node-classification > graph-learning, classification, embedding | node embeddings | классификация узлов; эмбеддинги вершин | 节点嵌入
graph-classification > graph-learning, classification, prediction | graph classification; graph-level prediction | классификация графов | 图分类
graph-pooling > graph-neural-network, pooling | graph pooling; graph coarsening | пулинг графов; огрубление графа | 图池化; 图粗化
heterogeneous-graph > graph-learning | heterogeneous graph; heterogeneous information network | гетерогенный граф; гетерогенная информационная сеть | 异构图; 异质图
dynamic-graph > graph-learning | dynamic graph; temporal graph; temporal networks | динамический граф; временной граф; временные сети | 动态图; 时序图
hypergraph > graph-learning | hypergraph; hypergraphs; hyperedges | гиперграф; гиперграфы; гиперрёбра | 超图; 超边
over-smoothing > graph-neural-network | over-smoothing; oversmoothing; over-squashing | чрезмерное сглаживание; пересглаживание | 过平滑; 过度挤压
knowledge-graph-embedding > knowledge-graph, embedding | knowledge graph embedding; knowledge graph completion | эмбеддинги графа знаний; дополнение графа знаний | 知识图谱嵌入; 知识图谱补全 | KGE
entity-alignment > knowledge-graph | entity alignment; entity matching; entity resolution | выравнивание сущностей; сопоставление сущностей; разрешение сущностей | 实体对齐; 实体匹配; 实体消解
graph-foundation-model > graph-learning, foundation-model | graph foundation model; graph foundation models | фундаментальная модель для графов | 图基础模型
graph-llm > graph-learning, llm, reasoning, data-to-text | LLMs on graphs; graph reasoning with LLMs | языковые модели на графах; рассуждения на графах | 图上的大模型; 图推理
# === Time series, tabular, recommendation
multivariate-time-series > time-series, prediction | multivariate time series; multivariate forecasting | многомерные временные ряды; многомерное прогнозирование | 多变量时间序列; 多变量预测
long-term-forecasting > forecasting, long-horizon, prediction | long-term forecasting; long-horizon forecasting | долгосрочное прогнозирование | 长期预测
irregular-time-series > time-series, sampling, data-imputation | irregularly sampled time series; missing values in time series | нерегулярные временные ряды | 不规则时间序列; 不规则采样
time-series-classification > time-series, classification | time series classification | классификация временных рядов | 时间序列分类
spatio-temporal > time-series, spatial-understanding, prediction | spatio-temporal data; spatiotemporal forecasting | пространственно-временные данные; пространственно-временное прогнозирование | 时空数据; 时空预测
trajectory-data > spatio-temporal, trajectory | trajectory data; mobility data; GPS trajectories | данные о траекториях; данные о перемещениях | 轨迹数据; 移动数据
tabular-classification > tabular-data, classification, prediction | tabular classification; tabular prediction; tabular learning | классификация табличных данных; обучение на табличных данных | 表格分类; 表格学习
tabular-llm > tabular-data, llm, reasoning | LLMs for tabular data; table reasoning | языковые модели для табличных данных; рассуждения над таблицами | 表格推理; 表格大模型
spreadsheet > tabular-data | Excel; spreadsheets | электронные таблицы | 电子表格
session-recommendation > sequential-recommendation | session-based recommendation | рекомендации на основе сессий | 基于会话的推荐
multi-behavior > recommender-system, user-modeling | multi-behavior recommendation; user behavior modeling | моделирование поведения пользователей; многоповеденческие рекомендации | 多行为推荐; 用户行为建模
cross-domain-recommendation > recommender-system, cross-domain | cross-domain recommendation | междоменные рекомендации | 跨域推荐
recommendation-fairness > recommender-system, fairness | fairness in recommendation; popularity bias | справедливость рекомендаций; смещение популярности | 推荐公平性; 流行度偏差
query-understanding > search-ranking, classification | query intent; query classification | намерение запроса; классификация запросов | 查询意图; 查询分类
# === Security, privacy and trust (finer)
adversarial-examples > adversarial-attack | adversarial perturbations | состязательные возмущения | 对抗样本; 对抗扰动
data-poisoning > backdoor | poisoning attack; poisoned data | атака отравлением | 投毒攻击
model-inversion > privacy, training-data, membership-inference | model inversion; training data extraction | инверсия модели | 模型反演; 训练数据提取
federated-attack > federated-learning, security | Byzantine attacks; Byzantine-robust; malicious clients | византийские атаки; вредоносные клиенты | 拜占庭攻击; 恶意客户端
visual-jailbreak > jailbreak, vlm, image | multimodal jailbreak; visual jailbreak; image-based jailbreak | мультимодальный джейлбрейк; визуальный джейлбрейк | 多模态越狱; 视觉越狱
safety-classifier > guardrails, harmful-content, classification | safety classifier; content moderation | классификатор безопасности; модерация | 安全分类器; 内容审核
ai-risk > existential-risk, capability-evaluation, societal-impact | dangerous capabilities | катастрофические риски; опасные возможности | 危险能力
model-evaluation-audit > ai-governance, evaluation | model audit; algorithmic audit; third-party evaluation | аудит моделей; алгоритмический аудит | 模型审计; 算法审计
provenance > watermarking | content provenance; content credentials; fingerprinting | происхождение контента; отпечатки моделей | 内容溯源; 模型指纹
# === Generation and creativity (finer)
layout-generation > layout-to-image | graphic layout | генерация макетов; генерация компоновки | 版式生成
scene-graph-generation > scene-understanding, graph-generation | scene graph generation | генерация графов сцен | 场景图生成
vector-graphics > creative-ai, graph-generation | vector graphics; SVG generation; SVG | векторная графика; генерация SVG | 矢量图形; 矢量图生成
3d-texture > texture-generation | UV texture | UV-текстура | 纹理贴图
animation-generation > character-animation, comics | animation generation; cartoon animation; 2D animation | генерация анимации; мультипликация | 动画生成; 卡通动画
comic-generation > storytelling-visual, comics | manga generation | генерация манги | 漫画生成
music-video > music, video-generation | music video; music-driven video | музыкальный клип; видео под музыку | 音乐视频; 音乐驱动视频
game-generation > game-playing, creative-ai, world-simulator, simulator-platform | interactive world generation | генерация игр; игровой движок | 游戏生成; 游戏引擎
`;
