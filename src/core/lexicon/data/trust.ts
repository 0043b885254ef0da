/**
 * Lexicon block: trustworthy AI — interpretability, privacy, fairness, security, governance.
 * Format: `../parse.ts`.
 * @module
 */
export const text = `
# === Interpretability
interpretability | interpretability; interpretable; explainability; explainable AI; interpreting | интерпретируемость; интерпретируем*; объяснимость; объяснимый ИИ; интерпретаци* | 可解释性; 可解释; 可解释人工智能; 解释性 | XAI
mechanistic-interpretability > interpretability | mechanistic interpretability; circuits; circuit discovery; reverse engineering | механистическая интерпретируемость; схемы; поиск схем; обратная разработка | 机制可解释性; 电路发现; 逆向工程
probing > interpretability | probing; linear probe; probing classifier; internal representations | зондирование; линейный зонд; внутренние представления | 探针; 线性探针; 内部表示
feature-attribution > interpretability | feature attribution; saliency map; attribution; integrated gradients; Shapley values | атрибуция признаков; карта значимости; интегрированные градиенты; значения Шепли | 特征归因; 显著图; 积分梯度; 沙普利值 | SHAP; LIME
sparse-autoencoder > mechanistic-interpretability, autoencoder | sparse autoencoder; dictionary learning; monosemantic features | разреженный автоэнкодер; обучение словаря; моносемантичные признаки | 稀疏自编码器; 字典学习; 单义特征 | SAE; SAEs
concept-based-explanation > interpretability | concept-based explanation; concept bottleneck; concept activation | объяснение на основе концептов; концептуальное узкое место | 基于概念的解释; 概念瓶颈
logit-lens > interpretability | logit lens; tuned lens; layer analysis | логит-линза; анализ слоев; анализ слоёв | 逻辑透镜; 层分析
attention-analysis > interpretability, attention | attention analysis; attention visualization; attention patterns | анализ внимания; визуализация внимания; паттерны внимания | 注意力分析; 注意力可视化; 注意力模式
representation-editing > interpretability, knowledge-editing | representation editing; editing representations; activation patching; causal tracing | редактирование представлений; патчинг активаций; причинная трассировка | 表示编辑; 激活修补; 因果追踪
transparency > interpretability | transparency; transparent; accountability | прозрачность; прозрачн*; подотчетность; подотчётность | 透明度; 透明; 问责

# === Privacy
privacy | privacy; private data; data privacy; privacy risks | приватность; конфиденциальность; конфиденциальные данные; защита данных | 隐私; 隐私保护; 数据隐私; 隐私风险
differential-privacy > privacy | differential privacy; differentially private; DP-SGD | дифференциальная приватность; дифференциально приватн* | 差分隐私
membership-inference > privacy, security | membership inference; membership inference attack; data extraction attack | атака на вывод членства; извлечение обучающих данных | 成员推断; 成员推理攻击; 数据提取攻击
machine-unlearning > privacy | machine unlearning; unlearning; forgetting data | машинное разобучение; разобучение; удаление данных из модели | 机器遗忘; 遗忘学习; 数据删除
data-leakage > privacy | data leakage; information leakage; leakage | утечка данных; утечка информации | 数据泄露; 信息泄露
anonymization > privacy | anonymization; de-identification; pseudonymization | анонимизация; деидентификация; псевдонимизация | 匿名化; 去标识化
copyright | copyright; intellectual property; licensing | авторское право; интеллектуальная собственность; лицензирование | 版权; 知识产权; 许可
public-domain > copyright | public domain; openly licensed; permissive license | общественное достояние; открытая лицензия; свободная лицензия | 公共领域; 开放许可; 宽松许可

# === Fairness and ethics
fairness > responsible-ai | fairness; algorithmic fairness; equity | справедливость; справедлив*; алгоритмическая справедливость; равенство | 公平性; 公平; 算法公平
social-bias > fairness | social bias; gender bias; racial bias; stereotypes; bias mitigation | социальная предвзятость; гендерная предвзятость; расовая предвзятость; стереотипы; снижение предвзятости | 社会偏见; 性别偏见; 种族偏见; 刻板印象; 去偏
ai-ethics > responsible-ai | AI ethics; ethical; ethics of AI; moral | этика ИИ; этическ*; моральн* | 人工智能伦理; 伦理; 道德
value-pluralism > alignment | human values; value pluralism; moral values; cultural values | человеческие ценности; плюрализм ценностей; моральные ценности; культурные ценности | 人类价值观; 价值多元; 道德价值; 文化价值
ai-governance > responsible-ai | AI governance; regulation; AI policy; AI act | управление ИИ; регулирование; политика в области ИИ; регулирование ИИ | 人工智能治理; 监管; 人工智能政策
societal-impact > responsible-ai | societal impact; social impact; broader impact; risks of AI | влияние на общество; социальное влияние | 社会影响; 人工智能风险
existential-risk > safety | existential risk; catastrophic risk; AI risk; loss of control | экзистенциальный риск; катастрофический риск; риск ИИ; потеря контроля | 生存风险; 灾难性风险; 失控
ai-welfare > ai-ethics | AI welfare; AI consciousness; sentience | благополучие ИИ; сознание ИИ; разумность | 人工智能福利; 人工智能意识; 感知能力
cultural-awareness > multilingual, fairness | cultural awareness; cultural knowledge; culturally diverse | культурная осведомленность; культурные знания; культурное разнообразие | 文化意识; 文化知识; 文化多样性

# === Security
adversarial-attack > security, robustness | adversarial attack; adversarial example; adversarial examples; adversarial perturbation | состязательная атака; состязательные примеры; состязательное возмущение; атака злоумышленника | 对抗攻击; 对抗样本; 对抗扰动
backdoor > security | backdoor; backdoor attack; trojan; data poisoning | бэкдор; атака с бэкдором; троян*; отравление данных | 后门; 后门攻击; 木马; 数据投毒
prompt-injection > jailbreak | prompt injection; indirect prompt injection; injection attack | промпт-инъекция; внедрение промпта; инъекционная атака | 提示注入; 间接提示注入; 注入攻击
model-stealing > security | model stealing; model extraction; model theft | кража модели; извлечение модели | 模型窃取; 模型提取
guardrails > safety | guardrails; content moderation; safety filter; safety classifier | защитные механизмы; модерация контента; фильтр безопасности | 护栏; 内容审核; 安全过滤; 安全分类器
safety-alignment > safety, alignment | safety alignment; harmlessness; helpful and harmless | выравнивание безопасности; безвредность; полезный и безвредный | 安全对齐; 无害性; 有用且无害
robustness-evaluation > robustness, evaluation | robustness evaluation; stress test; robustness benchmark | оценка устойчивости; стресс-тест; бенчмарк устойчивости | 鲁棒性评估; 压力测试; 鲁棒性基准
ai-detection > safety | AI-generated text detection; machine-generated text; detecting AI-generated content | обнаружение сгенерированного ИИ текста; машинно-сгенерированный текст | 人工智能生成文本检测; 机器生成文本
scalable-oversight > alignment | scalable oversight; weak-to-strong generalization; supervision of superhuman models | масштабируемый надзор; обобщение от слабого к сильному | 可扩展监督; 弱到强泛化
human-oversight > alignment | human oversight; human-in-the-loop; human evaluators; human supervision | человеческий надзор; человек в контуре; контроль человека | 人类监督; 人在回路; 人工监督
manipulation-risk > deception | manipulating humans; persuasion; misleading humans | манипуляция людьми; убеждение; введение людей в заблуждение | 操纵; 说服; 误导人类
`;
