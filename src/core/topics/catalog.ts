/**
 * The topic catalog as data. Add a topic or a pattern here; nothing else needs to change.
 *
 * Pattern syntax (kept deliberately small so non-programmers can extend it):
 * - `en` / `ru`: lower-case word stems, matched at the start of a Latin/Cyrillic word, so `diffus` matches
 *   diffusion, diffusive, and `диффуз` matches диффузия, диффузионной, диффузионных. Several words form a
 *   phrase (`языков модел` matches «языковых моделей»); every word but the last may be followed by more
 *   letters, the last one too. A word ending in `$` must end there (`код$` matches код, not кодирование).
 * - `zh`: Chinese words, matched as substrings (Chinese has no spaces).
 * - `acronyms`: case-sensitive Latin tokens (`LoRA`, `RLHF`, `DETR`), matched as whole words, optionally
 *   followed by a plural `s` (`LLMs`). Search queries match them case-insensitively.
 *
 * Why stems and not full words: Russian has ~12 forms per noun and ~24 per adjective; a stem prefix
 * catches them all with one entry. Why not plain English `efficien`: it matches most abstracts, so broad
 * topics use phrases instead (`inference accelerat`).
 *
 * @module
 */

/** Multilingual match patterns of one topic. See the module doc for the syntax. */
export interface TopicPatterns {
  en?: readonly string[];
  ru?: readonly string[];
  zh?: readonly string[];
  acronyms?: readonly string[];
}

/** One catalog entry as written in the data. */
export interface TopicData {
  id: string;
  labels: { en: string; ru: string; zh: string };
  patterns: TopicPatterns;
}

/** The catalog, in display order (as `/topics` lists it). */
export const topicData: readonly TopicData[] = [
  {
    id: 'llm',
    labels: { en: 'Large language models', ru: 'Большие языковые модели', zh: '大语言模型' },
    patterns: {
      en: ['language model', 'llm', 'foundation model'],
      ru: ['языков модел', 'модел язык', 'llm'],
      zh: ['大型语言模型', '大语言模型', '语言模型', '大模型'],
      acronyms: ['LLM', 'LLaMA', 'Llama', 'GPT', 'ChatGPT', 'PaLM', 'Gemma', 'Mistral', 'LM'],
    },
  },
  {
    id: 'diffusion',
    labels: { en: 'Diffusion models', ru: 'Диффузионные модели', zh: '扩散模型' },
    patterns: {
      en: ['diffus', 'denois', 'score matching', 'consistency model'],
      ru: ['диффуз', 'денойз', 'шумоподавлен', 'модел согласованност'],
      zh: ['扩散', '去噪', '一致性模型'],
      acronyms: ['DDPM', 'DDIM', 'DiT'],
    },
  },
  {
    id: 'multimodal',
    labels: { en: 'Multimodal models', ru: 'Мультимодальные модели', zh: '多模态模型' },
    patterns: {
      en: ['multimodal', 'multi-modal', 'vision-language', 'vision language', 'image-text', 'image-caption', 'visual question'],
      ru: ['мультимодальн', 'многомодальн', 'зрен и язык', 'изображен и текст'],
      zh: ['多模态', '视觉语言', '图文', '视觉-语言'],
      acronyms: ['VLM', 'LMM', 'MLLM', 'CLIP', 'LLaVA', 'VQA'],
    },
  },
  {
    id: 'video',
    labels: { en: 'Video', ru: 'Видео', zh: '视频' },
    patterns: {
      en: ['video'],
      ru: ['видео'],
      zh: ['视频'],
    },
  },
  {
    id: 'image-generation',
    labels: { en: 'Image generation', ru: 'Генерация изображений', zh: '图像生成' },
    patterns: {
      en: ['image generat', 'image synthes', 'text-to-image', 'text to image', 'image editing', 'generative adversarial', 'image animat'],
      ru: ['генерац изображен', 'синтез изображен', 'текст к изображен', 'текст в изображен', 'редактирован изображен', 'анимац изображен'],
      zh: ['图像生成', '文生图', '图像合成', '文本到图像', '图像编辑'],
      acronyms: ['GAN', 'GANs'],
    },
  },
  {
    id: '3d',
    labels: { en: '3D and depth', ru: '3D и глубина', zh: '三维与深度' },
    patterns: {
      en: ['3d', 'gaussian splat', 'neural radiance', 'point cloud', 'novel view', 'depth estimat', 'metric depth', 'monocular depth'],
      ru: ['трехмерн', 'трёхмерн', '3d', 'облак точек', 'оценк глубин', 'гауссов', 'нов ракурс'],
      zh: ['三维', '点云', '深度估计', '高斯泼溅', '新视角'],
      acronyms: ['NeRF', 'NeRFs', '3DGS'],
    },
  },
  {
    id: 'robotics',
    labels: { en: 'Robotics and embodied AI', ru: 'Робототехника', zh: '机器人与具身智能' },
    patterns: {
      en: ['robot', 'embodied', 'locomotion', 'affordance'],
      ru: ['робот', 'воплощ', 'манипулятор'],
      zh: ['机器人', '具身', '机械臂'],
    },
  },
  {
    id: 'detection',
    labels: { en: 'Detection and segmentation', ru: 'Детекция и сегментация', zh: '检测与分割' },
    patterns: {
      en: ['object detect', 'detector', 'bounding box', 'segmentation', 'object locali'],
      ru: ['обнаружен объект', 'детектор', 'детекц', 'ограничива рамк', 'сегментац', 'локализац объект'],
      zh: ['目标检测', '检测器', '对象检测', '物体检测', '分割', '边界框'],
      acronyms: ['DETR', 'DETRs', 'YOLO', 'SAM', 'COCO'],
    },
  },
  {
    id: 'efficiency',
    labels: { en: 'Efficiency and acceleration', ru: 'Эффективность и ускорение', zh: '效率与加速' },
    patterns: {
      en: ['inference accelerat', 'inference cost', 'accelerat', 'speedup', 'speed-up', 'latency', 'sparse', 'sparsit', 'mixture of experts', 'mixture-of-experts', 'pruning', 'distillation', 'kv cache', 'compute cost', 'computational cost'],
      ru: ['ускорен', 'вычислительн затрат', 'вычислительн сложност', 'вычислительн ресурс', 'разрежен', 'дистилляц', 'прунинг', 'смес эксперт', 'стоимост вывод'],
      zh: ['推理成本', '加速', '稀疏', '蒸馏', '剪枝', '计算成本', '高效'],
      acronyms: ['MoE', 'FLOPs', 'KV'],
    },
  },
  {
    id: 'quantization',
    labels: { en: 'Quantization', ru: 'Квантизация', zh: '量化' },
    patterns: {
      en: ['quantiz', 'low-bit', '1-bit', '4-bit', '8-bit', 'ternary'],
      ru: ['квантиз', 'квантован', 'низкобитн', '1-битн', '4-битн', '8-битн'],
      zh: ['量化', '1位', '4位', '8位', '低比特'],
      acronyms: ['INT4', 'INT8', 'FP4', 'FP8', 'GPTQ', 'AWQ', 'BitNet'],
    },
  },
  {
    id: 'peft',
    labels: { en: 'Parameter-efficient fine-tuning (LoRA)', ru: 'Эффективное дообучение (LoRA)', zh: '参数高效微调' },
    patterns: {
      en: ['parameter-efficient', 'parameter efficient', 'low-rank adapt', 'low rank adapt', 'adapter', 'prompt tuning', 'efficient fine-tun'],
      ru: ['низк ранг', 'низкоранг', 'адаптер', 'параметроэффективн', 'эффективн настройк параметр', 'эффективн дообучен'],
      zh: ['参数高效', '低秩', '高效微调', '提示调优'],
      acronyms: ['LoRA', 'QLoRA', 'PEFT', 'DoRA'],
    },
  },
  {
    id: 'alignment',
    labels: { en: 'Alignment and RLHF', ru: 'Выравнивание и RLHF', zh: '对齐与RLHF' },
    patterns: {
      en: ['human feedback', 'preference', 'reward model', 'rlhf', 'value alignment', 'align with human'],
      ru: ['обратн связ от человек', 'предпочтен', 'модел вознагражден', 'выравниван', 'rlhf'],
      zh: ['对齐', '人类反馈', '偏好', '奖励模型', 'rlhf'],
      acronyms: ['RLHF', 'DPO', 'RLAIF'],
    },
  },
  {
    id: 'reinforcement-learning',
    labels: { en: 'Reinforcement learning', ru: 'Обучение с подкреплением', zh: '强化学习' },
    patterns: {
      en: ['reinforcement learn', 'policy gradient', 'credit assignment'],
      ru: ['обучен с подкреплен', 'подкреплен'],
      zh: ['强化学习'],
      acronyms: ['RL', 'PPO', 'RLHF'],
    },
  },
  {
    id: 'instruction-tuning',
    labels: { en: 'Instruction tuning', ru: 'Настройка на инструкциях', zh: '指令调优' },
    patterns: {
      en: ['instruction tun', 'instruction-tun', 'instruction follow', 'instruction data', 'instruction learn', 'supervised fine-tun'],
      ru: ['настройк инструкц', 'инструктивн', 'следован инструкц', 'обучен на инструкц', 'инструкц'],
      zh: ['指令调优', '指令微调', '指令跟随', '指令学习'],
      acronyms: ['SFT'],
    },
  },
  {
    id: 'reasoning',
    labels: { en: 'Reasoning', ru: 'Рассуждения', zh: '推理能力' },
    patterns: {
      en: ['reasoning', 'reasoner', 'chain-of-thought', 'chain of thought', 'mathematical', 'math problem', 'commonsense'],
      ru: ['рассужден', 'математическ', 'логическ', 'цепочк мысл'],
      zh: ['逻辑推理', '常识推理', '数学推理', '推理能力', '思维链', '类人推理'],
      acronyms: ['CoT', 'GSM8K'],
    },
  },
  {
    id: 'agents',
    labels: { en: 'Agents', ru: 'Агенты', zh: '智能体' },
    patterns: {
      en: ['agent', 'tool use', 'tool-use', 'web navigat'],
      ru: ['агент'],
      zh: ['智能体', '代理'],
    },
  },
  {
    id: 'safety',
    labels: { en: 'Safety and responsible AI', ru: 'Безопасность', zh: '安全' },
    patterns: {
      en: ['safety', 'harmful', 'jailbreak', 'toxic', 'red team', 'red-team', 'responsible', 'misuse', 'hallucinat'],
      ru: ['безопасн', 'вредоносн', 'токсичн', 'ответствен', 'джейлбрейк', 'галлюцинац'],
      zh: ['安全', '有害', '越狱', '幻觉'],
    },
  },
  {
    id: 'scaling',
    labels: { en: 'Scaling laws', ru: 'Законы масштабирования', zh: '缩放定律' },
    patterns: {
      en: ['scaling law', 'compute-optimal', 'hyperparameter transfer', 'μtransfer', 'scaling language model'],
      ru: ['закон масштабирован', 'масштабирован'],
      zh: ['缩放定律', '扩展定律', '规模定律', '扩展法则', '缩放法则', '万亿参数'],
      acronyms: ['μP', 'μTransfer'],
    },
  },
  {
    id: 'continual-learning',
    labels: { en: 'Continual learning', ru: 'Непрерывное обучение', zh: '持续学习' },
    patterns: {
      en: ['continual', 'lifelong', 'catastrophic forget', 'continued pre', 'forgetting'],
      ru: ['непрерывн обучен', 'непрерывн предварительн обучен', 'забыван', 'катастрофическ забыв'],
      zh: ['持续学习', '灾难性遗忘', '终身学习', '增量学习', '持续预训练'],
    },
  },
  {
    id: 'optimization',
    labels: { en: 'Optimizers and training dynamics', ru: 'Оптимизаторы и обучение', zh: '优化器与训练' },
    patterns: {
      en: ['optimizer', 'learning rate', 'hyperparameter', 'gradient descent', 'training dynamic'],
      ru: ['оптимизатор', 'скорост обучен', 'гиперпараметр', 'градиентн спуск'],
      zh: ['优化器', '学习率', '超参数', '梯度下降'],
      acronyms: ['Adam', 'AdamW', 'SGD'],
    },
  },
  {
    id: 'dataset',
    labels: { en: 'Datasets and benchmarks', ru: 'Датасеты и бенчмарки', zh: '数据集与基准' },
    patterns: {
      en: ['dataset', 'benchmark', 'corpus', 'corpora'],
      ru: ['набор данн', 'наборами данн', 'датасет', 'бенчмарк', 'корпус'],
      zh: ['数据集', '基准', '语料库'],
    },
  },
  {
    id: 'synthetic-data',
    labels: { en: 'Synthetic data', ru: 'Синтетические данные', zh: '合成数据' },
    patterns: {
      en: ['synthetic data', 'synthetic caption', 'data augmentation', 'synthetic edit'],
      ru: ['синтетическ', 'аугментац'],
      zh: ['合成数据', '数据增强'],
    },
  },
  {
    id: 'speech',
    labels: { en: 'Speech and audio', ru: 'Речь и аудио', zh: '语音与音频' },
    patterns: {
      en: ['speech', 'audio', 'voice', 'spoken', 'text-to-speech'],
      ru: ['речев', 'реч$', 'речи$', 'речью$', 'аудио', 'голос'],
      zh: ['语音', '音频', '声音'],
      acronyms: ['ASR', 'TTS'],
    },
  },
  {
    id: 'code',
    labels: { en: 'Code generation', ru: 'Генерация кода', zh: '代码生成' },
    patterns: {
      en: ['code generat', 'code synthes', 'code edit', 'code llm', 'code model', 'programming', 'program synthes', 'coding', 'software engineer', 'code completion'],
      ru: ['генерац код$', 'генерац кода$', 'синтез код', 'редактир код', 'написан код', 'программн код', 'программирован'],
      zh: ['代码生成', '代码合成', '编程', '代码编辑'],
    },
  },
  {
    id: 'retrieval',
    labels: { en: 'Retrieval and RAG', ru: 'Поиск и RAG', zh: '检索与RAG' },
    patterns: {
      en: ['retriev', 'search engine', 'information extraction'],
      ru: ['дополненн поиск', 'поисков', 'извлечен информац', 'извлечен документ'],
      zh: ['检索', '信息提取', '搜索引擎'],
      acronyms: ['RAG'],
    },
  },
  {
    id: 'translation',
    labels: { en: 'Machine translation', ru: 'Машинный перевод', zh: '机器翻译' },
    patterns: {
      en: ['machine translat', 'translation', 'multilingual'],
      ru: ['машинн перевод', 'перевод текст', 'переводчик', 'многоязычн'],
      zh: ['机器翻译', '翻译', '多语言'],
      acronyms: ['NMT'],
    },
  },
  {
    id: 'open-models',
    labels: { en: 'Open models and tools', ru: 'Открытые модели', zh: '开源模型' },
    patterns: {
      en: ['open-source', 'open source', 'open model', 'open-weight', 'open weight', 'openly', 'publicly release', 'open release', 'open framework'],
      ru: ['открыт модел', 'открыт платформ', 'открыт исходн', 'открыт вес', 'открыт выпуск', 'выпуск модел', 'публичн'],
      zh: ['开源', '开放权重', '开放模型', '开放了模型'],
    },
  },
  {
    id: 'architecture',
    labels: { en: 'Architectures and attention', ru: 'Архитектуры и внимание', zh: '架构与注意力' },
    patterns: {
      en: ['transformer', 'attention', 'mixture of experts', 'mixture-of-experts', 'state space', 'architecture'],
      ru: ['трансформер', 'механизм внимани', 'сло внимани', 'самовнимани', 'архитектур'],
      zh: ['注意力', '架构', 'transformer'],
      acronyms: ['MoE', 'SSM', 'Mamba', 'ViT', 'MLP'],
    },
  },
  {
    id: 'long-context',
    labels: { en: 'Long context', ru: 'Длинный контекст', zh: '长上下文' },
    patterns: {
      en: ['long context', 'long-context', 'context window', 'context length', 'long video', 'long-form'],
      ru: ['длинн контекст', 'контекстн окн', 'длинн видео', 'бесконечно длинн'],
      zh: ['长上下文', '长文本', '长视频'],
    },
  },
  {
    id: 'compression',
    labels: { en: 'Compression and neural representations', ru: 'Сжатие и нейронные представления', zh: '压缩与神经表示' },
    patterns: {
      en: ['compression', 'codec', 'implicit neural representation'],
      ru: ['сжат', 'кодек', 'неявн нейрон представлен'],
      zh: ['压缩', '隐式神经表示'],
      acronyms: ['INR', 'INRs'],
    },
  },
  {
    id: 'medical',
    labels: { en: 'Medicine and science', ru: 'Медицина и наука', zh: '医学与科学' },
    patterns: {
      en: ['medical', 'clinical', 'health', 'biomedical', 'molecul', 'protein'],
      ru: ['медицин', 'клиническ', 'биомедицин', 'молекул', 'белк'],
      zh: ['医学', '医疗', '临床', '蛋白质', '分子'],
    },
  },
];
