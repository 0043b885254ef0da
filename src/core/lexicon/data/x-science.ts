/**
 * Lexicon block (second round): sciences, medicine and applied domains not in the first blocks.
 * Format: `../parse.ts`; how entries were checked: `../REVIEW.md`.
 * @module
 */
export const text = `
# === Medicine and health
electronic-health-records > medical, clinical-nlp, diagnosis | electronic health records; EHR; clinical records; patient records | электронные медицинские карты; медицинские записи; истории болезни | 电子健康记录; 电子病历; 病历 | EHR; EMR
clinical-trials > medical | clinical trials; clinical trial | клинические испытания; клиническое исследование | 临床试验
clinical-decision > medical, decision-making, diagnosis | clinical decision support; clinical decision-making | поддержка клинических решений; принятие клинических решений | 临床决策支持; 临床决策
medical-report-generation > report-generation, medical, radiology-report | medical report generation; radiology report generation | генерация медицинских заключений; генерация радиологических отчётов | 医学报告生成; 放射报告生成
chest-x-ray > x-ray, medical-imaging | chest X-ray; chest radiographs; CXR | рентген грудной клетки; рентгенограммы грудной клетки | 胸片; 胸部放射影像
ct-scan > medical-imaging, image | computed tomography; CT scans; CT images | компьютерная томография; КТ-снимки | 计算机断层扫描; 断层扫描
mri > medical-imaging, image | magnetic resonance imaging; MRI; MR images | магнитно-резонансная томография; МРТ | 磁共振成像; 核磁共振 | MRI
ultrasound > medical-imaging, image, diagnosis | ultrasound; ultrasound imaging; echocardiography | ультразвук; ультразвуковая диагностика; эхокардиография | 超声; 超声成像; 超声心动图
endoscopy > medical-imaging, surgery | endoscopy; endoscopic; colonoscopy | эндоскопия; эндоскопическ*; колоноскопия | 内窥镜; 内镜; 结肠镜
histopathology > pathology | histopathology; whole slide images; whole-slide imaging | гистопатология; полнослайдовые изображения | 组织病理学; 全切片图像 | WSI
retina > ophthalmology, image | retinal images; fundus images; retina | изображения сетчатки; снимки глазного дна; сетчатка | 视网膜图像; 眼底图像; 视网膜
dental > medical | dental; dentistry; teeth | стоматология; зубы; стоматологическ* | 牙科; 口腔医学; 牙齿
skin-lesion > dermatology | skin lesions; skin cancer; melanoma | поражения кожи; рак кожи; меланома | 皮肤病变; 皮肤癌; 黑色素瘤
ecg > cardiology, time-series | electrocardiogram; ECG | электрокардиограмма; ЭКГ | 心电图 | ECG
eeg > neuroscience, brain-decoding | electroencephalography; EEG | электроэнцефалография; ЭЭГ | 脑电图; 脑电 | EEG
fmri > neuroimaging | fMRI; functional MRI; brain activity | функциональная МРТ; активность мозга | 功能磁共振; 大脑活动
brain-computer-interface > neuroscience, brain-decoding | brain-computer interface; BCI; neural interface | интерфейс мозг-компьютер; нейроинтерфейс | 脑机接口 | BCI
alzheimers > medical, neuroscience, diagnosis | Alzheimer's disease; dementia; neurodegenerative | болезнь Альцгеймера; деменция; нейродегенеративн* | 阿尔茨海默病; 痴呆; 神经退行性
depression > mental-health | depression detection; depression; anxiety | выявление депрессии; депрессия; тревожность | 抑郁症检测; 抑郁症; 焦虑
suicide-risk > mental-health, harmful-content | suicide risk; suicidal ideation; self-harm | суицидальный риск; суицидальные мысли; самоповреждение | 自杀风险; 自杀意念; 自我伤害
covid > epidemiology | COVID-19; pandemic; coronavirus | пандемия; коронавирус; ковид | 新冠; 新冠肺炎; 疫情
infectious-disease > epidemiology, diagnosis | infectious diseases; disease spread; vaccine | инфекционные заболевания; распространение болезни; вакцина | 传染病; 疾病传播; 疫苗
medication > drug-safety | medication; prescriptions; drug-drug interactions | лекарственные препараты; назначения лекарств; лекарственные взаимодействия | 药物治疗; 处方; 药物相互作用
clinical-notes > clinical-nlp | clinical notes; discharge summaries | клинические заметки; выписные эпикризы | 临床笔记; 出院小结
biomedical-ner > biomedical, named-entity-recognition | biomedical named entity recognition; biomedical entity | распознавание биомедицинских сущностей | 生物医学命名实体识别
medical-vqa > medical-qa, vqa, medical-imaging | medical visual question answering; medical VQA | ответы на вопросы по медицинским изображениям | 医学视觉问答
healthcare-llm > medical-llm, chatbot | healthcare LLM; clinical LLM; health assistant | медицинская языковая модель; медицинский ассистент | 医疗大模型; 医疗助手; 健康助手
traditional-chinese-medicine > medical, culture | traditional Chinese medicine; TCM | традиционная китайская медицина | 中医; 中医药; 传统中医
nutrition > medical | nutrition; diet; food recognition | питание; диета; распознавание еды | 营养; 饮食; 食物识别
wearables > sensor-data, medical | wearable sensors; wearables; smartwatch | носимые датчики; носимые устройства; умные часы | 可穿戴传感器; 可穿戴设备; 智能手表
# === Life sciences and chemistry
protein-language-model > protein, language-model, protein-design | protein language model; protein language models; ESM | белковая языковая модель; языковые модели белков | 蛋白质语言模型
protein-folding > protein-structure, prediction | protein folding; structure prediction | сворачивание белков; фолдинг белка; предсказание структуры | 蛋白质折叠; 结构预测
protein-ligand > drug-discovery, protein | protein-ligand binding; docking; molecular docking; binding affinity | связывание белка с лигандом; докинг; молекулярный докинг; аффинность связывания | 蛋白质配体结合; 分子对接; 结合亲和力
rna > biological-sequence, genomics | RNA; RNA structure; mRNA | РНК; структура РНК; мРНК | 核糖核酸; 核糖核酸结构 | RNA
gene-expression > genomics | gene expression; transcriptomics; RNA-seq | экспрессия генов; транскриптомика | 基因表达; 转录组学
variant-effect > genomics, prediction | variant effect prediction; genetic variants; mutations | предсказание эффекта вариантов; генетические варианты; мутации | 变异效应预测; 遗传变异; 突变
microbiome > biology-x, genomics | microbiome; metagenomics; bacteria | микробиом; метагеномика; бактерии | 微生物组; 宏基因组; 细菌
biology-x > ai-for-science, biomedical | biology; biological; life sciences | биология; биологическ*; науки о жизни | 生物学; 生命科学
synthetic-biology > biology-x, biomedical | synthetic biology; genetic engineering; CRISPR | синтетическая биология; генная инженерия | 合成生物学; 基因工程
retrosynthesis > reaction-prediction, planning | retrosynthesis; synthesis planning | ретросинтез; планирование синтеза | 逆合成; 合成规划
molecular-property > molecule, molecular-graph | molecular property prediction; molecular properties; ADMET | предсказание свойств молекул; свойства молекул | 分子性质预测; 分子性质
crystal-structure > materials-discovery | crystal structure; crystals; crystal generation | кристаллическая структура; кристаллы; генерация кристаллов | 晶体结构; 晶体; 晶体生成
polymer > materials-discovery | polymers; polymer design | полимеры; проектирование полимеров | 聚合物; 聚合物设计
catalyst > chemistry | catalyst; catalysis | катализатор; катализ | 催化剂; 催化
spectroscopy > chemistry | spectroscopy; mass spectrometry; NMR spectra | спектроскопия; масс-спектрометрия; спектры ЯМР | 光谱学; 质谱; 核磁共振谱
lab-automation > research-automation, chemistry, workflow-automation, autonomous-systems | self-driving laboratory; lab automation; autonomous experiments | автономная лаборатория; автоматизация лаборатории; автономные эксперименты | 自动化实验室; 实验室自动化; 自主实验
# === Physical and earth sciences
molecular-dynamics > physics, chemistry | molecular dynamics; force field; interatomic potentials | молекулярная динамика; силовое поле; межатомные потенциалы | 分子动力学; 力场; 原子间势
physics-informed > pde-solving, physics, neural-network | physics-informed neural networks; physics-informed; PINN | физически информированные нейронные сети; физически информированн* | 物理信息神经网络; 物理约束 | PINN; PINNs
neural-operator > pde-solving | neural operator; Fourier neural operator; operator learning | нейронный оператор; обучение операторов | 神经算子; 傅里叶神经算子; 算子学习 | FNO
turbulence > fluid-dynamics | turbulence; turbulent flows | турбулентность; турбулентные течения | 湍流
plasma-fusion > physics | fusion; plasma; tokamak | термоядерный синтез; плазма; токамак | 核聚变; 等离子体; 托卡马克
high-energy-physics > particle-physics | high-energy physics; collider; jet tagging | физика высоких энергий; коллайдер | 高能物理; 对撞机
cosmology > astronomy | cosmology; galaxies; dark matter | космология; галактики; тёмная материя | 宇宙学; 星系; 暗物质
exoplanets > astronomy, image | exoplanets; telescope; astronomical images | экзопланеты; телескоп; астрономические изображения | 系外行星; 望远镜; 天文图像
solar > astronomy, energy | solar; solar energy; photovoltaic | солнечн* энерги*; фотоэлектрическ* | 太阳能; 光伏
power-grid > energy, prediction | power grid; smart grid; electricity load; load forecasting | энергосистема; электросеть; умные сети; прогнозирование нагрузки | 电网; 智能电网; 电力负荷; 负荷预测
battery > energy, materials-discovery | battery; batteries; state of charge | аккумулятор; аккумуляторы; батареи; уровень заряда | 电池; 电池荷电状态
climate-model > climate, simulation, prediction | climate model; climate simulation; climate projections | климатическая модель; моделирование климата; климатические прогнозы | 气候模型; 气候模拟; 气候预测
precipitation > weather-forecasting, hydrology, prediction | precipitation; rainfall; nowcasting | осадки; количество осадков; сверхкраткосрочный прогноз | 降水; 降雨; 临近预报
wildfire > geoscience | wildfire; wildfires; forest fire | лесные пожары; природные пожары | 野火; 森林火灾
flood > hydrology, prediction | flood; floods; flood forecasting | наводнение; наводнения; прогнозирование паводков | 洪水; 洪水预报
earthquake > seismology | earthquake; earthquakes; seismic | землетрясение; землетрясения; сейсмическ* | 地震
land-cover > earth-observation, semantic-segmentation, classification | land cover; land use; land cover classification | земной покров; землепользование; классификация земного покрова | 土地覆盖; 土地利用
crop > agriculture | crop yield; crops; plant disease | урожайность; сельскохозяйственные культуры; болезни растений | 作物产量; 农作物; 植物病害
biodiversity > ecology | biodiversity; species; wildlife | биоразнообразие; виды животных; дикая природа | 生物多样性; 物种; 野生动物
# === Society, economy, industry
stock-prediction > financial-forecasting, economics | stock prediction; stock price; stock market | прогнозирование акций; цена акций; фондовый рынок | 股票预测; 股价; 股票市场
quant-trading > finance, algorithm | quantitative trading; algorithmic trading; portfolio | количественная торговля; алгоритмическая торговля; портфель | 量化交易; 算法交易; 投资组合
credit-risk > finance | credit risk; credit scoring; fraud detection | кредитный риск; кредитный скоринг; обнаружение мошенничества | 信用风险; 信用评分; 欺诈检测
financial-nlp > finance, nlp | financial NLP; financial reports; earnings calls | финансовая обработка текстов; финансовые отчёты | 金融文本; 财务报告; 金融自然语言处理
insurance > finance | insurance; claims processing | страхование; обработка страховых случаев | 保险; 理赔
supply-chain > manufacturing, economics | supply chain; logistics; inventory | цепочка поставок; логистика; запасы | 供应链; 物流; 库存
job-market > economics | job market; hiring; recruitment; resume | рынок труда; найм; подбор персонала; резюме | 招聘; 简历; 就业市场
customer-service > chatbot | customer service; customer support; call center | обслуживание клиентов; служба поддержки; колл-центр | 客户服务; 客服; 呼叫中心
marketing > advertising, economics | marketing; product descriptions; advertisements | маркетинг; описания товаров; рекламные объявления | 营销; 商品描述; 广告文案
legal-judgment > legal, law-nlp | legal judgment prediction; court decisions; case law | предсказание судебных решений; судебные решения; прецедентное право | 法律判决预测; 法院判决; 判例法
contract-analysis > legal-text, law-nlp | contract analysis; contracts; legal documents | анализ договоров; договоры; юридические документы | 合同分析; 合同; 法律文书
patent > legal-text, scientific-text | patents; patent analysis | патенты; патентный анализ | 专利; 专利分析
policy-making > ai-governance | policy making; public policy; regulation; AI Act | выработка политики; государственная политика; регулирование | 政策制定; 公共政策; 监管
elections > political-science | elections; voting; political bias | выборы; голосование; политическая предвзятость | 选举; 投票; 政治偏见
social-media > social-network | social media; Twitter; Reddit; posts | социальные сети; твиты; посты | 社交媒体; 推特; 帖子
online-harassment > hate-speech | cyberbullying; harassment; online abuse | кибербуллинг; травля; домогательства | 网络欺凌; 骚扰
children-safety > safety | child safety; children; minors | безопасность детей; дети; несовершеннолетние | 儿童安全; 儿童; 未成年人
elderly > accessibility | elderly; older adults; aging | пожилые люди; старение | 老年人; 老龄化
visually-impaired > accessibility | blind and low-vision; visually impaired; screen reader | слепые и слабовидящие; слабовидящ*; экранный диктор | 视障; 盲人; 屏幕阅读器
programming-education > education, code, programming | programming education; CS education; novice programmers | обучение программированию; начинающие программисты | 编程教育; 初学者编程
automated-grading > education-assessment, evaluation | automated grading; automatic scoring; essay scoring | автоматическая проверка работ; автоматическое оценивание; оценка эссе | 自动评分; 自动阅卷; 作文评分
learning-analytics > education, knowledge | learning analytics; student modeling; knowledge tracing | аналитика обучения; моделирование студентов; отслеживание знаний | 学习分析; 学生建模; 知识追踪
tourism > transportation, planning | tourism; travel planning; itinerary | туризм; планирование путешествий; маршрут поездки | 旅游; 旅行规划; 行程
smart-city > urban | smart city; urban computing; urban mobility | умный город; городские вычисления; городская мобильность | 智慧城市; 城市计算; 城市出行
remote-work > human-ai-interaction | collaboration tools; productivity; knowledge workers | инструменты совместной работы; продуктивность; работники умственного труда | 协作工具; 生产力; 知识工作者
cooking > e-commerce | recipes; cooking; food | рецепты; приготовление пищи; кулинария | 食谱; 烹饪; 美食
real-estate > economics | real estate; housing prices | недвижимость; цены на жильё | 房地产; 房价
art-history > digital-humanities, culture, creative-ai | art history; cultural heritage; museum | история искусства; культурное наследие; музей | 艺术史; 文化遗产; 博物馆
archaeology > digital-humanities | archaeology; ancient texts; ancient scripts | археология; древние тексты; древние письменности | 考古学; 古代文献; 古文字
`;
