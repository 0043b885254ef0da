/**
 * Lexicon block (second round): sciences, medicine and applied domains not in the first blocks.
 * Format: `../parse.ts`; how entries were checked: `../REVIEW.md`.
 * @module
 */
export const text = `
# === Medicine and health
electronic-health-records > medical, clinical-nlp, diagnosis | clinical records; patient records | истории болезни | 病历 | EMR
clinical-trials > medical | clinical trials; clinical trial | клинические испытания; клиническое исследование | 临床试验
clinical-decision > medical, decision-making, diagnosis | clinical decision support; clinical decision-making | поддержка клинических решений; принятие клинических решений | 临床决策支持
medical-report-generation > report-generation, medical, radiology-report | medical report generation; radiology report generation | генерация медицинских заключений; генерация радиологических отчётов | 医学报告生成; 放射报告生成
chest-x-ray > x-ray, medical-imaging | chest radiographs; CXR | рентгенограммы грудной клетки | 胸部放射影像
ct-scan > medical-imaging, image | computed tomography; CT scans; CT images | компьютерная томография; КТ-снимки | 计算机断层扫描; 断层扫描
mri > medical-imaging, image | magnetic resonance imaging; MR images | магнитно-резонансная томография; МРТ | 磁共振成像; 核磁共振
ultrasound > medical-imaging, image, diagnosis | ultrasound; ultrasound imaging; echocardiography | ультразвук; ультразвуковая диагностика; эхокардиография | 超声; 超声成像; 超声心动图
endoscopy > medical-imaging, surgery | endoscopy; endoscopic; colonoscopy | эндоскопия; эндоскопическ*; колоноскопия | 内窥镜; 内镜; 结肠镜
histopathology > pathology | whole slide images; whole-slide imaging | полнослайдовые изображения | 组织病理学; 全切片图像
retina > ophthalmology, image | retinal images; fundus images | изображения сетчатки; снимки глазного дна | 视网膜图像; 眼底图像
dental > medical | dental; dentistry; teeth | стоматология; зубы; стоматологическ* | 牙科; 口腔医学; 牙齿
skin-lesion > dermatology | skin lesions; melanoma | поражения кожи; меланома | 黑色素瘤
eeg > neuroscience, brain-decoding | electroencephalography | электроэнцефалография | 脑电图
fmri > neuroimaging | brain activity | активность мозга | 大脑活动
brain-computer-interface > neuroscience, brain-decoding | neural interface | нейроинтерфейс | 脑机接口
alzheimers > medical, neuroscience, diagnosis | Alzheimer's disease; dementia; neurodegenerative | болезнь Альцгеймера; деменция; нейродегенеративн* | 阿尔茨海默病; 痴呆; 神经退行性
depression > mental-health | depression detection; anxiety | выявление депрессии; тревожность | 抑郁症检测; 抑郁症; 焦虑
suicide-risk > mental-health, harmful-content | suicide risk; suicidal ideation; self-harm | суицидальный риск; суицидальные мысли; самоповреждение | 自杀风险; 自杀意念; 自我伤害
covid > epidemiology | COVID-19; coronavirus | коронавирус; ковид | 新冠; 新冠肺炎
infectious-disease > epidemiology, diagnosis | infectious diseases; disease spread; vaccine | инфекционные заболевания; распространение болезни; вакцина | 传染病; 疾病传播; 疫苗
medication > drug-safety | prescriptions; drug-drug interactions | лекарственные препараты; назначения лекарств; лекарственные взаимодействия | 药物治疗; 处方; 药物相互作用
clinical-notes > clinical-nlp | discharge summaries | клинические заметки; выписные эпикризы | 临床笔记; 出院小结
biomedical-ner > biomedical, named-entity-recognition | biomedical named entity recognition; biomedical entity | распознавание биомедицинских сущностей | 生物医学命名实体识别
medical-vqa > medical-qa, vqa, medical-imaging | medical visual question answering; medical VQA | ответы на вопросы по медицинским изображениям | 医学视觉问答
traditional-chinese-medicine > medical, culture | traditional Chinese medicine; TCM | традиционная китайская медицина | 中医; 中医药; 传统中医
nutrition > medical | nutrition; diet; food recognition | диета; распознавание еды | 营养; 饮食; 食物识别
wearables > sensor-data, medical | wearable sensors; wearables; smartwatch | носимые датчики; умные часы | 可穿戴传感器; 智能手表
# === Life sciences and chemistry
protein-language-model > protein, language-model, protein-design | protein language models; ESM | языковые модели белков | 蛋白质语言模型
protein-folding > protein-structure, prediction | structure prediction | сворачивание белков; предсказание структуры | 结构预测
protein-ligand > drug-discovery, protein | protein-ligand binding; docking; molecular docking; binding affinity | связывание белка с лигандом; докинг; молекулярный докинг; аффинность связывания | 蛋白质配体结合; 分子对接; 结合亲和力
rna > biological-sequence, genomics | RNA structure; mRNA | РНК; структура РНК; мРНК | 核糖核酸; 核糖核酸结构
gene-expression > genomics | transcriptomics; RNA-seq | транскриптомика | 转录组学
variant-effect > genomics, prediction | variant effect prediction; genetic variants | предсказание эффекта вариантов; генетические варианты | 变异效应预测; 遗传变异
microbiome > biology-x, genomics | microbiome; metagenomics; bacteria | микробиом; метагеномика; бактерии | 微生物组; 宏基因组; 细菌
biology-x > ai-for-science, biomedical | life sciences | биология; биологическ*; науки о жизни | 生命科学
synthetic-biology > biology-x, biomedical | synthetic biology; genetic engineering; CRISPR | синтетическая биология; генная инженерия | 合成生物学; 基因工程
retrosynthesis > reaction-prediction, planning | synthesis planning | планирование синтеза | 合成规划
molecular-property > molecule, molecular-graph | molecular properties; ADMET | свойства молекул | 分子性质
crystal-structure > materials-discovery | crystals; crystal generation | кристаллы; генерация кристаллов | 晶体; 晶体生成
polymer > materials-discovery | polymers; polymer design | полимеры; проектирование полимеров | 聚合物; 聚合物设计
catalyst > chemistry | catalytic reactions | каталитические реакции | 催化剂; 催化反应
spectroscopy > chemistry | spectroscopy; mass spectrometry; NMR spectra | спектроскопия; масс-спектрометрия; спектры ЯМР | 光谱学; 质谱; 核磁共振谱
lab-automation > research-automation, chemistry, workflow-automation, autonomous-systems | self-driving laboratory; lab automation; autonomous experiments | автономная лаборатория; автоматизация лаборатории; автономные эксперименты | 自动化实验室; 实验室自动化; 自主实验
# === Physical and earth sciences
molecular-dynamics > physics, chemistry | molecular dynamics; force field; interatomic potentials | молекулярная динамика; силовое поле; межатомные потенциалы | 分子动力学; 力场; 原子间势
physics-informed > pde-solving, physics, neural-network | physics-informed neural networks | физически информированные нейронные сети | 物理信息神经网络; 物理约束
neural-operator > pde-solving | neural operator; Fourier neural operator; operator learning | нейронный оператор; обучение операторов | 傅里叶神经算子
turbulence > fluid-dynamics | turbulent flows | турбулентные течения | 湍流
plasma-fusion > physics | plasma; tokamak | термоядерный синтез; плазма; токамак | 核聚变; 等离子体; 托卡马克
high-energy-physics > particle-physics | jet tagging | физика высоких энергий; коллайдер | 高能物理; 对撞机
cosmology > astronomy | cosmology; dark matter | космология; тёмная материя | 宇宙学; 暗物质
exoplanets > astronomy, image | exoplanets; telescope; astronomical images | экзопланеты; телескоп; астрономические изображения | 系外行星; 望远镜; 天文图像
solar > astronomy, energy | solar; solar energy; photovoltaic | солнечн* энерги*; фотоэлектрическ* | 太阳能; 光伏
power-grid > energy, prediction | smart grid; electricity load; load forecasting | энергосистема; электросеть; умные сети; прогнозирование нагрузки | 智能电网; 电力负荷; 负荷预测
battery > energy, materials-discovery | batteries; state of charge | аккумуляторы; батареи; уровень заряда | 电池荷电状态
climate-model > climate, simulation, prediction | climate model; climate simulation; climate projections | климатическая модель; климатические прогнозы | 气候模型; 气候模拟; 气候预测
precipitation > weather-forecasting, hydrology, prediction | nowcasting | количество осадков; сверхкраткосрочный прогноз | 临近预报
wildfire > geoscience | wildfire; wildfires; forest fire | лесные пожары; природные пожары | 野火; 森林火灾
flood > hydrology, prediction | flood; floods; flood forecasting | наводнение; наводнения; прогнозирование паводков | 洪水; 洪水预报
earthquake > seismology | earthquakes | землетрясения | 地震
land-cover > earth-observation, semantic-segmentation, classification | land use; land cover classification | землепользование; классификация земного покрова | 土地利用
crop > agriculture | crop yield; plant disease | урожайность; сельскохозяйственные культуры; болезни растений | 作物产量; 农作物; 植物病害
# === Society, economy, industry
stock-prediction > financial-forecasting, economics | stock price | цена акций | 股价; 股票市场
quant-trading > finance, algorithm | quantitative trading; algorithmic trading | количественная торговля; алгоритмическая торговля; портфель | 量化交易; 算法交易; 投资组合
credit-risk > finance | credit risk; credit scoring; fraud detection | кредитный риск; кредитный скоринг; обнаружение мошенничества | 信用风险; 信用评分; 欺诈检测
financial-nlp > finance, nlp | financial NLP; financial reports; earnings calls | финансовая обработка текстов; финансовые отчёты | 金融文本; 财务报告; 金融自然语言处理
insurance > finance | insurance; claims processing | страхование; обработка страховых случаев | 保险; 理赔
supply-chain > manufacturing, economics | supply chain; logistics | цепочка поставок; логистика | 供应链; 物流
job-market > economics | job market; hiring; recruitment | найм; подбор персонала | 招聘; 简历; 就业市场
customer-service > chatbot | customer service; customer support; call center | обслуживание клиентов; служба поддержки; колл-центр | 客户服务; 客服; 呼叫中心
marketing > advertising, economics | marketing; product descriptions; advertisements | маркетинг; описания товаров; рекламные объявления | 营销; 商品描述; 广告文案
legal-judgment > legal, law-nlp | court decisions; case law | судебные решения; прецедентное право | 法律判决预测; 法院判决; 判例法
contract-analysis > legal-text, law-nlp | contract analysis | анализ договоров | 合同分析
patent > legal-text, scientific-text | patents; patent analysis | патенты; патентный анализ | 专利; 专利分析
policy-making > ai-governance | policy making; public policy | выработка политики; государственная политика | 政策制定; 公共政策
elections > political-science | political bias | политическая предвзятость | 政治偏见
social-media > social-network | Twitter; Reddit | твиты | 推特
online-harassment > hate-speech | cyberbullying; harassment; online abuse | кибербуллинг; травля; домогательства | 网络欺凌; 骚扰
children-safety > safety | child safety | безопасность детей | 儿童安全
elderly > accessibility | elderly; older adults | пожилые люди; старение | 老年人; 老龄化
visually-impaired > accessibility | blind and low-vision; screen reader | слепые и слабовидящие; экранный диктор | 盲人; 屏幕阅读器
programming-education > education, code, programming | programming education; CS education; novice programmers | обучение программированию; начинающие программисты | 编程教育; 初学者编程
automated-grading > education-assessment, evaluation | automatic scoring | автоматическая проверка работ; автоматическое оценивание | 自动阅卷
learning-analytics > education, knowledge | learning analytics; student modeling; knowledge tracing | аналитика обучения; моделирование студентов; отслеживание знаний | 学习分析; 学生建模; 知识追踪
tourism > transportation, planning | tourism; travel planning; itinerary | туризм; планирование путешествий; маршрут поездки | 旅游; 旅行规划
smart-city > urban | smart city; urban computing; urban mobility | умный город; городские вычисления; городская мобильность | 智慧城市; 城市计算; 城市出行
cooking > e-commerce | recipes; cooking | приготовление пищи; кулинария | 食谱; 烹饪
real-estate > economics | real estate; housing prices | недвижимость; цены на жильё | 房地产; 房价
art-history > digital-humanities, culture, creative-ai | art history; cultural heritage; museum | история искусства; культурное наследие; музей | 艺术史; 文化遗产; 博物馆
archaeology > digital-humanities | archaeology; ancient texts; ancient scripts | археология; древние тексты; древние письменности | 考古学; 古代文献; 古文字
`;
