/**
 * Lexicon block: scientific and professional domains in more detail (biology, chemistry, physics, earth,
 * medicine subfields, social sciences, humanities). Format: `../parse.ts`.
 * @module
 */
export const text = `
# === Biology
cell-biology > biomedical | cell biology; cells; cellular | клеточная биология; клетки; клеточн* | 细胞生物学; 细胞
single-cell > genomics | single-cell; single-cell RNA; scRNA-seq | одноклеточн*; одноклеточная РНК | 单细胞; 单细胞测序
protein-structure > protein | protein structure prediction; protein folding; structural biology | предсказание структуры белка; фолдинг белка; структурная биология | 蛋白质结构预测; 蛋白质折叠; 结构生物学
antibody > protein | antibody; antibodies; immunology | антитело; антитела; иммунология | 抗体; 免疫学
enzyme > protein | enzyme; enzymes; catalysis | фермент; ферменты; катализ | 酶类; 催化
dna-language-model > genomics, language-model | DNA language model; genomic language model; nucleotide | языковая модель ДНК; геномная языковая модель; нуклеотид | 基因组语言模型; 核苷酸
biological-sequence > biomedical | biological sequences; protein sequences; amino acid | биологические последовательности; белковые последовательности; аминокислоты | 生物序列; 蛋白质序列; 氨基酸
ecology > ai-for-science | ecology; biodiversity; species; wildlife | экология; биоразнообразие; виды животных; дикая природа | 生态学; 生物多样性; 物种; 野生动物
neuroimaging > brain-decoding | neuroimaging; brain imaging; functional MRI | нейровизуализация; визуализация мозга; функциональная МРТ | 神经影像; 脑成像; 功能磁共振
brain-to-3d > brain-decoding, 3d-reconstruction | brain-to-3D; fMRI-based 3D reconstruction; reconstructing from brain activity | реконструкция 3D по активности мозга | 脑信号三维重建; 脑活动重建

# === Chemistry and materials
molecular-generation > molecule, generative-model | molecular generation; molecule design; de novo design | генерация молекул; дизайн молекул; дизайн с нуля | 分子生成; 分子设计; 从头设计
materials-discovery > chemistry | materials discovery; crystal structure; inorganic materials | открытие материалов; кристаллическая структура; неорганические материалы | 材料发现; 晶体结构; 无机材料
quantum-chemistry > chemistry, physics | quantum chemistry; density functional theory; DFT | квантовая химия; теория функционала плотности | 量子化学; 密度泛函理论 | DFT
reaction-prediction > chemistry | reaction prediction; reaction yield; chemical synthesis | предсказание реакций; выход реакции; химический синтез | 反应预测; 反应产率; 化学合成
smiles > molecule | SMILES; molecular string; SELFIES | строка SMILES; молекулярная строка | 分子字符串; 简化分子线性输入规范 | SMILES; SELFIES

# === Physics and earth
fluid-dynamics > physics | fluid dynamics; CFD; turbulence; Navier-Stokes | гидродинамика; турбулентность; уравнения Навье-Стокса | 流体力学; 湍流; 纳维斯托克斯 | CFD
quantum-computing > physics | quantum computing; quantum machine learning; qubits | квантовые вычисления; квантовое машинное обучение; кубиты | 量子计算; 量子机器学习; 量子比特
particle-physics > physics | particle physics; high-energy physics; collider | физика частиц; физика высоких энергий; коллайдер | 粒子物理; 高能物理; 对撞机
pde-solving > differential-equation, ai-for-science | neural PDE solver; operator learning; neural operator; Fourier neural operator | нейронный решатель УЧП; обучение операторов; нейронный оператор | 神经偏微分方程求解器; 算子学习; 神经算子 | FNO
earth-observation > geoscience, remote-sensing | earth observation; land cover; flood mapping | наблюдение Земли; земной покров; картирование наводнений | 对地观测; 土地覆盖; 洪水制图
downscaling > climate, super-resolution | downscaling; climate downscaling; spatial downscaling | даунскейлинг; понижение масштаба; пространственная детализация | 降尺度; 气候降尺度
ocean > geoscience | ocean; oceanography; sea surface | океан*; океанография; поверхность моря | 海洋; 海洋学
seismology > geoscience | seismology; earthquake; seismic | сейсмология; землетрясение; сейсмическ* | 地震学; 地震
hydrology > geoscience | hydrology; rainfall; precipitation; river | гидрология; осадки; речн* сток | 水文; 降雨; 降水

# === Medicine subfields
ophthalmology > medical-imaging | ophthalmology; retina; fundus; retinal | офтальмология; сетчатка; глазное дно | 眼科; 视网膜; 眼底
dermatology > medical-imaging | dermatology; skin lesion; skin cancer | дерматология; поражение кожи; рак кожи | 皮肤科; 皮肤病变; 皮肤癌
cardiology > medical | cardiology; ECG; electrocardiogram; heart | кардиология; ЭКГ; электрокардиограмма; сердце | 心脏病学; 心电图; 心脏 | ECG
radiotherapy > cancer | radiotherapy; radiation therapy; dose | лучевая терапия; радиотерапия; доза облучения | 放射治疗; 放疗
medical-reasoning > medical, reasoning | medical reasoning; clinical reasoning; differential diagnosis | медицинские рассуждения; клиническое мышление; дифференциальный диагноз | 医学推理; 临床推理; 鉴别诊断
medical-benchmark > medical, benchmark | medical benchmark; clinical benchmark; medical exams | медицинский бенчмарк; клинический бенчмарк; медицинские экзамены | 医学基准; 临床基准; 医学考试
patient-trajectory > clinical-nlp, forecasting | patient trajectory; disease progression; temporal changes in patients | траектория пациента; прогрессирование заболевания; изменения состояния пациента | 患者轨迹; 疾病进展
drug-safety > drug-discovery | adverse drug events; drug safety; pharmacovigilance | нежелательные реакции на лекарства; безопасность лекарств; фармаконадзор | 药物不良反应; 药物安全; 药物警戒
nursing > medical | nursing; caregivers; patient care | сестринское дело; уход за пациентами; сиделки | 护理; 护理人员
telemedicine > medical | telemedicine; remote monitoring; digital health | телемедицина; удаленный мониторинг; цифровое здравоохранение | 远程医疗; 远程监测; 数字健康

# === Social sciences and humanities
law-nlp > legal | legal NLP; legal judgment prediction; contracts | обработка юридических текстов; предсказание судебных решений; договоры | 法律自然语言处理; 判决预测; 合同
political-science > social-science | political science; elections; politics; political polarization | политология; политическ*; предвыборн*; политическая поляризация | 政治学; 选举; 政治
economics-simulation > economics, agent | economic simulation; market simulation; agent-based economics | экономическое моделирование; симуляция рынка | 经济模拟; 市场模拟
digital-humanities > nlp | digital humanities; literature; historical documents | цифровые гуманитарные науки; литература; исторические документы | 数字人文; 文学; 历史文献
linguistic-typology > linguistics | linguistic typology; language families; typological | лингвистическая типология; языковые семьи | 语言类型学; 语系
education-assessment > education | automated grading; essay scoring; student assessment | автоматическая проверка; оценка эссе; оценивание студентов | 自动评分; 作文评分; 学生评估
tutoring-system > education, chatbot | intelligent tutoring; tutoring system; AI tutor | интеллектуальное обучение; обучающая система; ИИ-репетитор | 智能辅导; 辅导系统; 人工智能导师
misinformation-social > misinformation, social-network | social media misinformation; propaganda | дезинформация в соцсетях; пропаганда | 社交媒体虚假信息; 宣传
culture > cultural-awareness | culture; cultural; cultural traditions | культура; культурн*; культурные традиции | 文化; 文化传统
religion > culture | religion; religious | религия; религиозн* | 宗教
gender > social-bias | gender; gender identity; women | гендер; гендерн*; женщины | 性别; 女性
labor-market > economics | labor market; jobs; employment; workforce | рынок труда; рабочие места; занятость | 劳动力市场; 就业; 劳动力
urban > geoscience | urban; city; cities; urban planning | городск*; город; города; градостроительство | 城市; 城市规划
`;
