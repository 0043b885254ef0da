/**
 * Lexicon block: application domains — medicine and life science, physical sciences, climate, finance,
 * law, education, society, industry. Format: `../parse.ts`.
 * @module
 */
export const text = `
# === Medicine
clinical-nlp > medical, nlp | clinical NLP; clinical notes; electronic health records; EHR; medical records | клиническая обработка текста; клинические записи; электронные медицинские карты; медицинские записи | 临床自然语言处理; 临床记录; 电子健康记录; 电子病历 | EHR; EHRs
medical-llm > medical, llm | medical LLM; clinical LLM; healthcare LLM; medical language model | медицинская языковая модель; медицинская LLM; клиническая LLM | 医疗大模型; 医学大模型; 医学语言模型
medical-image-segmentation > medical-imaging, segmentation | medical image segmentation; tumor segmentation; organ segmentation | сегментация медицинских изображений; сегментация опухолей; сегментация органов | 医学图像分割; 肿瘤分割; 器官分割
diagnosis > medical | diagnosis; diagnostic; disease; clinical decision | диагностика; диагноз; заболевание; болезнь; клиническое решение | 诊断; 疾病; 临床决策
radiology-report > medical-imaging | radiology report; report generation; radiology reports | радиологический отчет; радиологическое заключение | 放射学报告; 报告生成
pathology > medical-imaging | pathology; histopathology; whole slide image | патология; гистопатология; полнослайдовое изображение | 病理; 组织病理学; 全切片图像 | WSI
drug-discovery > molecule, medical | drug discovery; drug design; drug-target interaction | открытие лекарств; разработка лекарств; дизайн лекарств | 药物发现; 药物设计; 药物靶点
genomics > biomedical | genomics; genome; DNA; gene expression; single-cell | геномика; геном*; ДНК; экспрессия генов; одноклеточн* | 基因组学; 基因组; 基因表达; 单细胞 | DNA; RNA
medical-qa > medical, question-answering | medical question answering; medical QA; medical exam; USMLE | медицинские вопросы и ответы | 医学问答; 医学考试 | USMLE; MedQA
mental-health > medical | mental health; depression; psychological; psychotherapy | психическое здоровье; депрессия; психотерапия | 心理健康; 抑郁; 心理
cancer > medical | cancer; tumor; tumour; oncology | рак; опухоль; онкология; онкологическ* | 癌症; 肿瘤; 肿瘤学
surgery > medical | surgery; surgical | хирургия; хирургическ* | 外科; 手术
brain-decoding > brain, medical-imaging | brain decoding; fMRI; EEG; brain-computer interface; neural decoding | декодирование мозга; фМРТ; ЭЭГ; интерфейс мозг-компьютер; нейронное декодирование | 脑解码; 脑电; 脑机接口; 神经解码 | fMRI; EEG; BCI
epidemiology > medical | epidemiology; public health; pandemic | эпидемиология; общественное здравоохранение; пандемия | 流行病学; 公共卫生; 疫情

# === Life and physical sciences
ai-for-science | AI for science; scientific discovery; scientific machine learning | ИИ для науки; научные открытия; научное машинное обучение | 科学智能; 科学发现; 科学机器学习 | AI4Science
chemistry > molecule | chemistry; chemical reaction; retrosynthesis; materials science | химия; химическая реакция; ретросинтез | 化学; 化学反应; 逆合成; 材料科学
protein-design > protein | protein design; protein language model; protein generation | дизайн белков; белковая языковая модель; генерация белков | 蛋白质设计; 蛋白质语言模型; 蛋白质生成
physics > ai-for-science | physics; physical laws; physics-informed; quantum physics | физика; физические законы; физически информированн*; квантовая физика | 物理; 物理定律; 物理信息; 量子 | PINN; PINNs
climate > ai-for-science | climate; climate modeling; climate change; earth system | климат; моделирование климата; изменение климата; система Земли | 气候; 气候建模; 气候变化; 地球系统
weather > climate | weather; atmospheric; meteorology; reanalysis | погода; атмосферн*; метеорология; реанализ | 天气; 大气; 气象; 再分析
geoscience > ai-for-science | geoscience; earth observation; geospatial; geographic | науки о Земле; наблюдение Земли; геопространственн*; географическ* | 地球科学; 对地观测; 地理空间; 地理
astronomy > ai-for-science | astronomy; astrophysics; galaxies | астрономия; астрофизика; галактики | 天文学; 天体物理; 星系
neuroscience > brain | neuroscience; cognitive science; biological neurons | нейронаука; нейробиология; когнитивная наука; биологические нейроны | 神经科学; 认知科学; 神经元
agriculture > ai-for-science | agriculture; crops; farming; plants | сельское хозяйство; посевы; земледелие; растения | 农业; 作物; 植物
energy > ai-for-science | energy; power grid; renewable energy; battery | энергетика; энергосистем*; возобновляемая энергия; аккумулятор | 能源; 电网; 可再生能源; 电池
research-automation > ai-for-science, agent | research agent; AI scientist; automated research; reproducing research; computational reproducibility | исследовательский агент; ИИ-учёный; автоматизация исследований; воспроизведение исследований | 科研智能体; 人工智能科学家; 自动化科研; 科研复现

# === Society, economy, law
finance | finance; financial; trading; banking | финансы; финансов*; трейдинг; банковск* | 金融; 财务; 交易; 银行
economics > finance | economics; economic; market | экономика; экономическ*; рынок | 经济学; 经济; 市场
legal > legal-text | legal; law; legal reasoning; court; judicial | юридическ*; правов*; право; суд; судебн* | 法律; 法律推理; 法院; 司法
education > nlp | education; educational; students; teaching; tutoring | образование; образовательн*; студенты; обучение студентов; преподавание | 教育; 学生; 教学; 辅导
psychology > cognition | psychology; psychological; human behavior; personality | психология; психологическ*; поведение человека; личность | 心理学; 人类行为; 人格
social-science > nlp | social science; computational social science; survey responses; opinion | социальные науки; вычислительные социальные науки; общественное мнение | 社会科学; 计算社会科学; 舆论
human-ai-interaction > cognition | human-AI interaction; human-AI collaboration; human-computer interaction; user interface | взаимодействие человека и ИИ; взаимодействие человек-компьютер; пользовательский интерфейс | 人机交互; 人机协作; 用户界面 | HCI
accessibility > human-ai-interaction | accessibility; assistive technology; visually impaired | доступность; ассистивные технологии; слабовидящ* | 无障碍; 辅助技术; 视障
creative-ai > generative-model | creative AI; artists; artwork; artistic creation | творческий ИИ; искусство; художники; произведения искусства | 创意人工智能; 艺术; 艺术家; 艺术创作
fashion > computer-vision | fashion; clothing; garment; virtual try-on | мода; одежда; виртуальная примерка | 时尚; 服装; 虚拟试衣
e-commerce > recommender-system | e-commerce; online shopping; product search | электронная коммерция; онлайн-покупки; поиск товаров | 电子商务; 网购; 商品搜索
transportation > autonomous-driving | transportation; traffic; vehicles | транспорт; дорожное движение; транспортные средства | 交通; 车辆; 运输
manufacturing > ai-for-science | manufacturing; industrial; industry | производство; промышленн*; индустри* | 制造; 工业; 产业
cybersecurity-ops > security | penetration testing; network security; intrusion detection; malware | тестирование на проникновение; сетевая безопасность; обнаружение вторжений; вредоносное ПО | 渗透测试; 网络安全; 入侵检测; 恶意软件
sports > computer-vision | sports; sports analytics; athletes | спорт; спортивная аналитика; спортсмены | 体育; 体育分析; 运动员
news > nlp | news; news articles; journalism | новости; новостные статьи; журналистика | 新闻; 新闻报道
`;
