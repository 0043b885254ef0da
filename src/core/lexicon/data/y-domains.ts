/**
 * Lexicon block (third round: medicine, biology, chemistry, physics, earth science, applied domains, security, privacy and society).
 * Format: `../parse.ts`; how entries were written and checked: `../REVIEW.md`.
 * @module
 */
export const text = `
# === Medicine and biology, finer
medical-image-registration > image-registration, medical-imaging | medical image registration; deformable registration | регистрация медицинских изображений | 医学图像配准; 形变配准
medical-image-synthesis > medical-imaging, image-generation | medical image synthesis; synthetic medical images; MRI-to-CT | синтез медицинских изображений | 医学图像合成
low-dose-ct > ct-scan, image-denoising | low-dose CT; CT reconstruction | низкодозовая КТ; реконструкция КТ | 低剂量计算机断层扫描; 低剂量断层重建
mammography > cancer, medical-imaging | mammography; breast cancer screening | маммография; скрининг рака молочной железы | 乳腺钼靶; 乳腺癌筛查
lung-nodule > ct-scan, medical-detection | lung nodule detection; pulmonary nodules | обнаружение узелков в лёгких | 肺结节检测
brain-tumor > mri, cancer | brain tumor segmentation; glioma | сегментация опухолей мозга; глиома | 脑肿瘤分割; 胶质瘤
polyp-segmentation > endoscopy, medical-image-segmentation | polyp segmentation | сегментация полипов | 息肉分割
cell-segmentation > microscopy, segmentation | cell segmentation; nuclei segmentation | сегментация клеток; сегментация ядер | 细胞分割; 细胞核分割
medical-dialogue > medical-llm, dialogue-system | medical dialogue; doctor-patient conversation | медицинский диалог; диалог врача и пациента | 医疗对话; 医患对话
clinical-coding > clinical-notes, text-classification | clinical coding; ICD coding | клиническое кодирование; кодирование МКБ | 临床编码; 疾病编码
virtual-screening > drug-discovery | virtual screening; hit identification | виртуальный скрининг | 虚拟筛选
admet > molecular-property, drug-discovery | ADMET prediction; toxicity prediction; drug-likeness | прогноз ADMET; прогноз токсичности | 药代动力学性质预测; 毒性预测
peptide > protein | peptides; peptide design | пептиды; дизайн пептидов | 多肽; 多肽设计
protein-function > protein | protein function prediction; enzyme function | предсказание функции белков | 蛋白质功能预测
protein-protein-interaction > protein | protein-protein interaction; PPI | белок-белковые взаимодействия | 蛋白质相互作用
cryo-em > protein-structure, microscopy | cryo-EM; cryo-electron microscopy | криоэлектронная микроскопия | 冷冻电镜
single-cell-foundation > single-cell, foundation-model | single-cell foundation model; cell atlas | фундаментальная модель для отдельных клеток | 单细胞基础模型; 细胞图谱
spatial-transcriptomics > gene-expression | spatial transcriptomics | пространственная транскриптомика | 空间转录组学
epigenomics > genomics | DNA methylation; epigenomics; chromatin | метилирование ДНК; эпигеномика | 表观基因组学; 甲基化
# === Chemistry, materials, physics, earth
reaction-condition > chemistry | reaction condition prediction; reaction yield prediction | предсказание условий реакции; предсказание выхода реакции | 反应条件预测; 产率预测
chemical-language-model > chemistry, language-model | chemical language model | химическая языковая модель | 化学语言模型
force-field > molecular-dynamics | machine learning force fields | машинно-обученные силовые поля | 机器学习力场
battery-materials > battery, materials-discovery | battery materials; electrolyte design | материалы для батарей; дизайн электролитов | 电池材料; 电解质设计
metal-organic > materials-discovery | metal-organic frameworks; MOF | металлоорганические каркасы | 金属有机框架 | MOF
semiconductor > hardware, materials-discovery | semiconductor; chip manufacturing | полупроводники; производство чипов | 半导体; 芯片制造
chip-design > hardware | chip design; electronic design automation; EDA; circuit design | проектирование микросхем; автоматизация проектирования электроники | 芯片设计; 电子设计自动化; 电路设计
analog-circuit > chip-design | analog circuit design | проектирование аналоговых схем | 模拟电路设计
verilog > chip-design, code-generation | Verilog; RTL generation; hardware description language | генерация Verilog; язык описания аппаратуры | 硬件描述语言; 寄存器传输级 | RTL
physics-emulator > physics-simulation | neural emulator; physics emulation | нейронный эмулятор | 神经仿真器
sea-ice > climate, ocean | sea ice; Arctic sea ice | морской лёд | 海冰
air-quality > climate, environment | air quality forecasting; air pollution; PM2.5 | прогноз качества воздуха; загрязнение воздуха | 空气质量预测; 空气污染
tropical-cyclone > weather-forecasting | tropical cyclones; hurricanes; typhoon forecasting | тропические циклоны; ураганы | 热带气旋; 台风预测
galaxy > astronomy | galaxy morphology | морфология галактик | 星系形态
gravitational-waves > astronomy, physics | gravitational waves | гравитационные волны | 引力波
solar-physics > astronomy, solar | solar flares; solar physics | солнечные вспышки | 太阳耀斑
lattice-qcd > particle-physics | lattice QCD | решёточная КХД; тегирование струй | 格点量子色动力学; 喷注标记
quantum-error-correction > quantum-computing | quantum error correction; error decoding | квантовая коррекция ошибок | 量子纠错
# === Applied domains
recsys-llm-ranking > llm-recommendation, ranking | LLM-based ranking for recommendation | ранжирование рекомендаций языковыми моделями | 大模型推荐排序
ctr-feature-interaction > click-through-rate | feature interaction; DeepFM; wide and deep | взаимодействие признаков | 特征交互 | DeepFM
bundle-recommendation > recommender-system | bundle recommendation | рекомендация наборов товаров | 捆绑推荐
point-of-interest > recommender-system, urban | point-of-interest recommendation; POI recommendation | рекомендация точек интереса | 兴趣点推荐 | POI
job-recommendation > recommender-system, job-market | job recommendation; person-job fit | рекомендация вакансий | 职位推荐; 人岗匹配
query-autocompletion > web-search | query auto-completion; query suggestion | автодополнение запросов; подсказки запросов | 查询自动补全; 查询建议
ad-auction > advertising, mechanism-design | ad auctions; bidding; auction design | рекламные аукционы | 广告竞价; 拍卖设计
portfolio > quant-trading | portfolio optimization; asset allocation | оптимизация портфеля; распределение активов | 投资组合优化; 资产配置
legal-retrieval > law-nlp, retrieval | legal case retrieval; statute retrieval | поиск судебных решений; поиск норм права | 法律检索; 类案检索
contract-review > contract-analysis | contract review; clause extraction | проверка договоров; извлечение положений договора | 合同审查; 条款抽取
education-llm > education, llm | LLMs in education; AI tutors | языковые модели в образовании | 教育大模型
question-difficulty > education-assessment | question difficulty estimation; item response theory | оценка сложности вопросов; теория ответа на задания | 题目难度估计; 项目反应理论 | IRT
agriculture-vision > agriculture, computer-vision | plant disease detection; crop monitoring | обнаружение болезней растений; мониторинг посевов | 植物病害检测; 作物监测
music-emotion > music-understanding, emotion | music emotion recognition | распознавание эмоций в музыке | 音乐情感识别
art-generation > creative-ai, image-generation | AI art; artwork generation; painting generation | генерация произведений искусства; нейросетевое искусство | 艺术生成; 绘画生成
architecture-design > creative-ai, cad | architectural design; floor plan generation | архитектурное проектирование; генерация планировок | 建筑设计; 平面图生成
# === Security, privacy, society
model-extraction > model-stealing | model extraction attack | атака извлечения модели | 模型提取攻击
attribute-inference > privacy | attribute inference attack | атака вывода атрибутов | 属性推断攻击
gradient-inversion > federated-attack, privacy | gradient inversion; gradient leakage | инверсия градиентов; утечка через градиенты | 梯度反演; 梯度泄露
secure-aggregation > federated-learning, cryptography | secure aggregation | безопасная агрегация | 安全聚合
trusted-execution > security, hardware | trusted execution environment; TEE; confidential computing | доверенная среда исполнения; конфиденциальные вычисления | 可信执行环境; 机密计算 | TEE
adversarial-patch > adversarial-attack | adversarial patch; physical adversarial attack | состязательный патч; физическая атака | 对抗补丁; 物理对抗攻击
transfer-attack > adversarial-attack | transfer attack; black-box attack; transferability of adversarial examples | переносимые атаки; атака черного ящика | 迁移攻击; 黑盒攻击
universal-perturbation > adversarial-examples | universal adversarial perturbation | универсальное состязательное возмущение | 通用对抗扰动
trojan-llm > backdoor, llm | backdoor attacks on LLMs; trojan triggers; sleeper backdoor | бэкдор в языковых моделях | 大模型后门; 触发器
poisoned-rag > data-poisoning, rag | knowledge poisoning; RAG poisoning | отравление базы знаний | 知识投毒; 检索投毒
phishing > cybersecurity-ops | phishing; phishing detection; social engineering | фишинг; социальная инженерия | 网络钓鱼; 社会工程
malware-analysis > malware | malware classification; malware analysis | анализ вредоносного ПО | 恶意软件分析; 恶意代码分析
deepfake-video > deepfake-detection, video | deepfake video; face forgery detection | дипфейк-видео; обнаружение подделки лиц | 深度伪造视频; 人脸伪造检测
child-safety-csam > children-safety | child sexual abuse material; CSAM | материалы сексуального насилия над детьми | 儿童性虐待材料 | CSAM
misinformation-health > misinformation, medical | health misinformation; medical misinformation | медицинская дезинформация | 健康虚假信息; 医疗谣言
election-misinformation > misinformation, political-science | election misinformation; election integrity | дезинформация на выборах | 选举虚假信息
ai-regulation > ai-governance | AI regulation; EU AI Act | закон ЕС об ИИ | 人工智能监管; 人工智能法案
ai-auditing > ai-governance, model-evaluation-audit | AI auditing; algorithmic auditing | аудит ИИ | 人工智能审计
ai-incident > ai-risk | AI incidents; incident database | инциденты ИИ | 人工智能事故
dual-use > ai-risk | dual-use; misuse potential; bioweapons risk | двойное назначение; риск злоупотребления | 两用风险; 滥用风险
ai-labor > labor-market, societal-impact | AI and employment; automation of jobs | влияние ИИ на занятость | 人工智能与就业
digital-divide > societal-impact, accessibility | digital divide; AI equity | цифровое неравенство | 数字鸿沟
algorithmic-fairness-metrics > fairness | demographic parity; equalized odds; equal opportunity | демографический паритет; выравненные шансы | 人口均等; 均等几率
representation-harms > social-bias | representational harms; allocational harms | репрезентационный вред | 表征伤害
llm-for-social-science > social-science, llm | LLMs as survey respondents; silicon samples | языковые модели как респонденты | 大模型模拟受访者
opinion-dynamics > social-network, simulation | opinion dynamics; echo chambers; filter bubbles | динамика мнений; эхо-камеры; информационные пузыри | 观点动力学; 回音室; 信息茧房
mental-health-chatbot > mental-health, chatbot | mental health chatbots; therapy chatbots; counseling | чат-боты для психологической поддержки; психологическое консультирование | 心理健康聊天机器人; 心理咨询
loneliness > mental-health, human-ai-interaction | AI companionship; loneliness; companion chatbots | ИИ-компаньоны; одиночество | 人工智能陪伴; 孤独感
anthropomorphism > human-ai-interaction | anthropomorphism; anthropomorphization | антропоморфизм; очеловечивание | 拟人化
trust-in-ai > human-ai-interaction, trustworthiness | trust in AI; overreliance; appropriate reliance | доверие к ИИ; чрезмерная зависимость | 对人工智能的信任; 过度依赖
explainable-recommendation > recommender-system, interpretability | explainable recommendation | объяснимые рекомендации | 可解释推荐
crowd-workers-llm > crowdsourcing, llm | crowd workers using LLMs | использование моделей краудворкерами | 众包工作者使用大模型
survey-methodology > social-science | survey methodology; questionnaires | методология опросов; анкетирование | 调查方法; 问卷
cognitive-bias > psychology | cognitive biases; anchoring bias; framing effect | когнитивные искажения; эффект якоря; эффект фрейминга | 认知偏差; 锚定效应; 框架效应
moral-reasoning > value-alignment, reasoning | moral reasoning; moral judgments; ethics dilemmas | моральные суждения; этические дилеммы | 道德推理; 道德判断; 伦理困境
sustainability > green-ai, climate | environmental sustainability; sustainable development | устойчивое развитие | 可持续发展
water-footprint > green-ai | water footprint; water consumption of data centers | водный след; потребление воды дата-центрами | 水足迹; 数据中心耗水
`;
