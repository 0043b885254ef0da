/**
 * Lexicon block (third round, second part: diseases and health signals, biology and chemistry tasks,
 * earth and engineering applications, law and humanities, explanation methods, robustness, finer
 * benchmarks and output-format tasks). Format: `../parse.ts`; how entries were checked: `../REVIEW.md`.
 * @module
 */
export const text = `
# === More medicine and health
sepsis > diagnosis | sepsis prediction; sepsis | сепсис; прогнозирование сепсиса | 脓毒症; 败血症
diabetic-retinopathy > ophthalmology, diagnosis | diabetic retinopathy | диабетическая ретинопатия | 糖尿病视网膜病变
glaucoma > ophthalmology | glaucoma | глаукома | 青光眼
stroke > neuroimaging, diagnosis | ischemic stroke; stroke patients | инсульт | 中风; 脑卒中
parkinsons > neuroscience, diagnosis | Parkinson's disease | болезнь Паркинсона | 帕金森病
autism > mental-health | autism spectrum disorder; autism | расстройство аутистического спектра; аутизм | 自闭症; 孤独症
adhd > mental-health | ADHD; attention deficit hyperactivity disorder | синдром дефицита внимания и гиперактивности | 注意缺陷多动障碍 | ADHD
sleep-staging > wearables, signal-processing | sleep staging; sleep apnea | стадии сна; апноэ сна | 睡眠分期; 睡眠呼吸暂停
heart-rate > wearables, cardiology | heart rate estimation; photoplethysmography; PPG | оценка пульса; фотоплетизмография | 心率估计; 光电容积脉搏波
gait-analysis > human-pose, medical | gait analysis; gait recognition | анализ походки; распознавание походки | 步态分析; 步态识别
fall-detection > elderly, activity-recognition | fall detection | обнаружение падений | 跌倒检测
rehabilitation > medical, robotics | rehabilitation; rehabilitation robotics | реабилитация; реабилитационная робототехника | 康复; 康复机器人
emg > signal-processing, brain-computer-interface | electromyography; EMG signals | электромиография | 肌电信号; 肌电图 | EMG
speech-pathology > speech-processing, medical | speech pathology; voice disorders | патологии речи; нарушения голоса | 言语病理; 嗓音障碍
medical-coding-icd > clinical-coding | ICD codes; diagnosis codes | коды МКБ; коды диагнозов | 诊断编码
patient-triage > clinical-decision | triage; emergency department triage | сортировка пациентов; триаж | 分诊; 急诊分诊
medical-imaging-foundation > medical-imaging, foundation-model | medical imaging foundation model; medical foundation model | фундаментальная модель для медицинской визуализации | 医学影像基础模型; 医学基础模型
dental-imaging > dental | dental radiographs; tooth segmentation | стоматологические снимки; сегментация зубов | 牙科影像; 牙齿分割
cancer-prognosis > cancer, survival-analysis | cancer prognosis; survival prediction | прогноз течения рака; прогноз выживаемости | 癌症预后; 生存预测
vaccine > infectious-disease | vaccines; vaccine design | вакцины; разработка вакцин | 疫苗设计
antimicrobial > drug-discovery, infectious-disease | antimicrobial resistance; antibiotics discovery | устойчивость к антибиотикам; поиск антибиотиков | 抗菌药物耐药性; 抗生素发现
health-records-llm > electronic-health-records, llm | LLMs on health records; EHR question answering | языковые модели для медицинских карт | 电子病历大模型
# === More biology and chemistry
enzyme-design > enzyme, protein-design | enzyme design; enzyme engineering | дизайн ферментов | 酶设计; 酶工程
antibody-design > antibody, protein-design | antibody design; antibody optimization | дизайн антител | 抗体设计
rna-structure > rna | RNA structure prediction; RNA secondary structure | предсказание структуры РНК | 核糖核酸结构预测; 二级结构预测
gene-regulatory > gene-expression | gene regulatory networks; transcription factors | генные регуляторные сети; факторы транскрипции | 基因调控网络; 转录因子
variant-calling > genomics | variant calling; genome sequencing | определение вариантов; секвенирование генома | 变异检测; 基因组测序
phylogenetics > biology-x | phylogenetics; evolutionary trees | филогенетика; эволюционные деревья | 系统发育; 进化树
neuron-morphology > neuroscience | neuron reconstruction; connectomics | реконструкция нейронов; коннектомика | 神经元重建; 连接组学
species-identification > ecology, fine-grained-classification | species identification; camera traps; biodiversity monitoring | определение видов; фотоловушки; мониторинг биоразнообразия | 物种识别; 红外相机; 生物多样性监测
plant-phenotyping > agriculture | plant phenotyping | фенотипирование растений | 植物表型
molecule-captioning > molecule, text-generation | molecule captioning; molecule-text translation | описание молекул текстом | 分子描述生成; 分子文本翻译
spectra-elucidation > spectroscopy, chemistry | structure elucidation from spectra; NMR | определение структуры по спектрам; ЯМР | 谱图解析 | NMR
# === Earth, space, engineering
drought > climate | drought monitoring; drought prediction | мониторинг засухи | 干旱监测; 干旱预测
soil > agriculture, earth-observation | soil moisture; soil mapping | влажность почвы; картирование почв | 土壤湿度; 土壤制图
ocean-forecasting > ocean, forecasting | ocean forecasting; sea surface temperature | прогноз состояния океана; температура поверхности моря | 海洋预报; 海表温度
space-weather > astronomy, forecasting | space weather; geomagnetic storms | космическая погода; геомагнитные бури | 空间天气; 地磁暴
satellite-imagery-llm > remote-sensing, vlm | remote sensing vision-language model; geospatial foundation model | визуально-языковая модель для дистанционного зондирования | 遥感视觉语言模型; 遥感大模型
structural-health > manufacturing, anomaly-detection | structural health monitoring; crack detection | мониторинг состояния конструкций; обнаружение трещин | 结构健康监测; 裂缝检测
predictive-maintenance > manufacturing, forecasting | predictive maintenance; remaining useful life; fault diagnosis | предиктивное обслуживание; остаточный ресурс; диагностика неисправностей | 预测性维护; 剩余寿命预测; 故障诊断
process-control > control-theory, manufacturing | process control; chemical process control | управление технологическими процессами | 过程控制
aerodynamics > fluid-dynamics | aerodynamics; airfoil design | аэродинамика; проектирование профиля крыла | 空气动力学; 翼型设计
traffic-signal > transportation, reinforcement-learning | traffic signal control | управление светофорами | 交通信号控制
ride-hailing > transportation | ride-hailing; ride sharing; order dispatching | такси-агрегаторы; распределение заказов | 网约车; 订单派送
logistics-ml > supply-chain | warehouse logistics; last-mile delivery | складская логистика; доставка последней мили | 仓储物流; 最后一公里配送
power-systems-opt > power-grid, optimization-math | optimal power flow; unit commitment | оптимальный режим энергосистемы | 最优潮流; 机组组合
telecom > wireless, networking | telecommunications; network optimization | телекоммуникации; сети 5G | 通信网络; 第五代移动通信
semantic-communication > wireless, compression-communication | semantic communication | семантическая связь | 语义通信
# === Humanities and law
legislation > law-nlp, ai-governance | legislation; statutes; regulations text | законодательство; нормативные акты | 立法; 法规
literary-analysis > digital-humanities, narrative-understanding | literary analysis; fiction analysis | литературный анализ; романы | 文学分析; 小说分析
social-media-analysis > social-media | social media analysis; Twitter data; Reddit data | анализ социальных сетей; данные Твиттера | 社交媒体分析; 微博数据
memes > social-media, multimodal | memes; meme understanding; harmful memes | мемы; понимание мемов | 表情包; 梗图
screenplay > creative-writing, story-generation | screenplay writing; script writing | написание сценариев | 剧本创作; 剧本写作
humor-generation > humor, text-generation | humor generation; joke generation | генерация юмора; генерация шуток | 幽默生成; 笑话生成
translation-culture > cultural-awareness, machine-translation | culturally aware translation; cultural adaptation | культурно адаптированный перевод | 文化适应翻译
religion-texts > religion | religious texts; scripture | религиозные тексты; священные писания | 宗教文本; 经文
philosophy-mind > cognition | philosophy of mind; consciousness | философия сознания; сознание | 心灵哲学; 意识问题
# === More ML methods and tasks
active-preference > active-learning, preference-data | active preference learning; active learning for LLMs | активное обучение предпочтениям | 主动偏好学习
data-valuation > data-attribution | data valuation; Data Shapley | оценка ценности данных | 数据估值
prototype-explanations > prototype-learning, interpretability | prototype-based explanations; case-based reasoning | объяснения на основе прототипов; рассуждения по прецедентам | 基于原型的解释; 案例推理
rule-extraction > interpretability, rule-learning | rule extraction; decision rules | извлечение правил; решающие правила | 规则提取; 决策规则
explanation-evaluation > faithfulness-explanation | explanation evaluation; plausibility of explanations | оценка объяснений | 解释评估
uncertainty-quantification-deep > uncertainty | deep ensembles; Monte Carlo dropout; evidential deep learning | глубокие ансамбли; дропаут Монте-Карло | 深度集成; 蒙特卡洛丢弃; 证据深度学习
ood-detection-llm > out-of-distribution, uncertainty-llm | out-of-distribution detection for language models | обнаружение данных вне распределения для языковых моделей | 语言模型分布外检测
domain-shift-medical > distribution-shift, medical-imaging | domain shift in medical imaging; scanner shift | сдвиг домена в медицинской визуализации | 医学影像域偏移
group-robustness > dataset-bias, fairness | group robustness; worst-group accuracy | групповая устойчивость; точность худшей группы | 群体鲁棒性; 最差组准确率
invariant-learning > domain-generalization | invariant risk minimization; invariant learning | минимизация инвариантного риска | 不变风险最小化 | IRM
long-tail-generation > long-tail-data, generative-model | long-tail concepts in generation; rare concepts | редкие концепты | 长尾概念; 罕见概念
class-incremental-detection > class-incremental, object-detection | incremental object detection | инкрементное обнаружение объектов | 增量目标检测
few-shot-detection > few-shot-learning, object-detection | few-shot object detection | обнаружение объектов по нескольким примерам | 小样本目标检测
weakly-supervised-segmentation > weakly-supervised-learning, semantic-segmentation | weakly supervised semantic segmentation | слабо контролируемая семантическая сегментация | 弱监督语义分割
unsupervised-segmentation > unsupervised-learning, segmentation | unsupervised segmentation; object discovery | сегментация без учителя; обнаружение объектов без разметки | 无监督分割; 目标发现
video-instance-segmentation > video-object-segmentation, instance-segmentation | video instance segmentation | сегментация экземпляров в видео | 视频实例分割
matting-portrait > image-matting | portrait matting; trimap-free matting | выделение человека без тримапа | 人像抠图
image-captioning-eval > image-captioning, automatic-evaluation | caption evaluation; captioning metrics | оценка описаний изображений | 图像描述评估
video-quality-generation > video-quality, video-generation | generated video quality; video generation benchmark; VBench | качество сгенерированного видео | 生成视频质量 | VBench
image-generation-benchmark > text-to-image-eval, benchmark | text-to-image benchmark; GenEval; T2I-CompBench | бенчмарк генерации изображений | 文生图基准 | GenEval
human-preference-image > human-preference-eval, image-quality | human preference score; ImageReward; PickScore | оценка предпочтений изображений людьми | 人类偏好评分 | ImageReward; PickScore; HPSv2
audio-language-benchmark > audio-language, benchmark | audio understanding benchmark; AIR-Bench | бенчмарк понимания аудио | 音频理解基准
embodied-planning-llm > embodied-reasoning, task-planning-robot | LLM task planning for robots; SayCan | планирование задач для роботов языковыми моделями | 大模型机器人任务规划 | SayCan
code-agent-benchmark > code-benchmark, agent-benchmark | coding agent benchmark; repository tasks | бенчмарк агентов программирования | 编程智能体基准
math-formalization > autoformalization | formal mathematics; mathlib | формальная математика | 形式化数学
geometry-solving > geometry-problem | geometry problem solving; AlphaGeometry | решение геометрических задач | 几何问题求解 | AlphaGeometry
competitive-programming > code-generation, olympiad | competitive programming; Codeforces | спортивное программирование | 竞赛编程; 算法竞赛 | Codeforces
planning-benchmark > automated-planning, benchmark | planning benchmark; Blocksworld | бенчмарк планирования | 规划基准
spatial-reasoning-benchmark > spatial-reasoning, benchmark | spatial reasoning benchmark | бенчмарк пространственных рассуждений | 空间推理基准
temporal-reasoning-benchmark > temporal-reasoning, benchmark | temporal reasoning benchmark; time reasoning | бенчмарк временных рассуждений | 时间推理基准
multilingual-benchmark > multilingual-dataset, benchmark | multilingual benchmark; cross-lingual benchmark | многоязычный бенчмарк | 多语言基准
safety-eval-llm > safety-benchmark | harmfulness evaluation; red-teaming benchmark; HarmBench | оценка вредоносности | 有害性评估 | HarmBench
bias-benchmark > social-bias, benchmark | bias benchmark; BBQ; StereoSet | бенчмарк предвзятости | 偏见基准 | StereoSet
json-generation > structured-output | JSON generation; schema-constrained generation | генерация JSON | 模式约束生成
multi-turn-instruction > instruction-following, multi-turn | multi-turn instruction following | следование инструкциям в многоходовом диалоге | 多轮指令遵循
`;
