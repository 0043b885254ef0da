/**
 * The topic catalog as data: each topic is a named group of lexicon concepts (`../lexicon/data/`).
 * A concept counts for a topic when the topic lists it or one of its broader concepts (`lora > peft`
 * puts every LoRA mention in the `peft` topic), so a topic lists its root concepts and the lexicon's
 * parent links do the rest. Add a topic here; add words to the lexicon.
 *
 * The 25 ids users type (diffusion, llm, alignment, peft, ...) are stable.
 * @module
 */

/** One catalog entry as written in the data. */
export interface TopicData {
  id: string;
  labels: { en: string; ru: string; zh: string };
  /** Lexicon concept ids; their narrower concepts count too. */
  concepts: readonly string[];
  /**
   * Narrower concepts (with theirs) that do not count although a root covers them: a paper on Italian
   * NER names a language (`language-specific`, under `multilingual` for search) but is not about
   * machine translation or multilinguality.
   */
  except?: readonly string[];
}

/** The catalog, in display order (as `/topics` lists it). */
export const topicData: readonly TopicData[] = [
  { id: 'llm', labels: { en: 'Large language models', ru: 'Большие языковые модели', zh: '大语言模型' }, concepts: ['language-model'] },
  { id: 'diffusion', labels: { en: 'Diffusion models', ru: 'Диффузионные модели', zh: '扩散模型' }, concepts: ['diffusion-model'] },
  { id: 'multimodal', labels: { en: 'Multimodal models', ru: 'Мультимодальные модели', zh: '多模态模型' }, concepts: ['multimodal'] },
  { id: 'video', labels: { en: 'Video', ru: 'Видео', zh: '视频' }, concepts: ['video'] },
  { id: 'image-generation', labels: { en: 'Image generation', ru: 'Генерация изображений', zh: '图像生成' }, concepts: ['image-generation', 'image-editing'] },
  { id: '3d', labels: { en: '3D and depth', ru: '3D и глубина', zh: '三维与深度' }, concepts: ['3d'] },
  { id: 'robotics', labels: { en: 'Robotics and embodied AI', ru: 'Робототехника', zh: '机器人与具身智能' }, concepts: ['robotics'] },
  { id: 'detection', labels: { en: 'Detection and segmentation', ru: 'Детекция и сегментация', zh: '检测与分割' }, concepts: ['detection', 'object-detection', 'segmentation', 'object-tracking', 'localization'] },
  { id: 'efficiency', labels: { en: 'Efficiency and acceleration', ru: 'Эффективность и ускорение', zh: '效率与加速' }, concepts: ['efficiency'] },
  { id: 'quantization', labels: { en: 'Quantization', ru: 'Квантизация', zh: '量化' }, concepts: ['quantization'] },
  { id: 'peft', labels: { en: 'Parameter-efficient fine-tuning (LoRA)', ru: 'Эффективное дообучение (LoRA)', zh: '参数高效微调' }, concepts: ['peft'] },
  { id: 'alignment', labels: { en: 'Alignment and RLHF', ru: 'Выравнивание и RLHF', zh: '对齐与RLHF' }, concepts: ['alignment'] },
  { id: 'reinforcement-learning', labels: { en: 'Reinforcement learning', ru: 'Обучение с подкреплением', zh: '强化学习' }, concepts: ['reinforcement-learning'] },
  { id: 'instruction-tuning', labels: { en: 'Instruction tuning', ru: 'Настройка на инструкциях', zh: '指令调优' }, concepts: ['instruction-tuning', 'instruction-following'] },
  { id: 'reasoning', labels: { en: 'Reasoning', ru: 'Рассуждения', zh: '推理能力' }, concepts: ['reasoning'] },
  { id: 'agents', labels: { en: 'Agents', ru: 'Агенты', zh: '智能体' }, concepts: ['agent'] },
  { id: 'safety', labels: { en: 'Safety and responsible AI', ru: 'Безопасность', zh: '安全' }, concepts: ['safety'] },
  { id: 'scaling', labels: { en: 'Scaling laws', ru: 'Законы масштабирования', zh: '缩放定律' }, concepts: ['scaling-law'] },
  { id: 'continual-learning', labels: { en: 'Continual learning', ru: 'Непрерывное обучение', zh: '持续学习' }, concepts: ['continual-learning'] },
  { id: 'optimization', labels: { en: 'Optimizers and training dynamics', ru: 'Оптимизаторы и обучение', zh: '优化器与训练' }, concepts: ['optimizer'] },
  { id: 'dataset', labels: { en: 'Datasets and benchmarks', ru: 'Датасеты и бенчмарки', zh: '数据集与基准' }, concepts: ['dataset', 'benchmark'] },
  { id: 'synthetic-data', labels: { en: 'Synthetic data', ru: 'Синтетические данные', zh: '合成数据' }, concepts: ['synthetic-data'] },
  { id: 'speech', labels: { en: 'Speech and audio', ru: 'Речь и аудио', zh: '语音与音频' }, concepts: ['speech', 'audio'] },
  { id: 'code', labels: { en: 'Code generation', ru: 'Генерация кода', zh: '代码生成' }, concepts: ['code'] },
  { id: 'retrieval', labels: { en: 'Retrieval and RAG', ru: 'Поиск и RAG', zh: '检索与RAG' }, concepts: ['retrieval'] },
  { id: 'translation', labels: { en: 'Machine translation', ru: 'Машинный перевод', zh: '机器翻译' }, concepts: ['machine-translation', 'multilingual'], except: ['language-specific'] },
  { id: 'open-models', labels: { en: 'Open models and tools', ru: 'Открытые модели', zh: '开源模型' }, concepts: ['open-source'] },
  { id: 'architecture', labels: { en: 'Architectures and attention', ru: 'Архитектуры и внимание', zh: '架构与注意力' }, concepts: ['architecture'] },
  { id: 'long-context', labels: { en: 'Long context', ru: 'Длинный контекст', zh: '长上下文' }, concepts: ['long-context'] },
  { id: 'compression', labels: { en: 'Compression and neural representations', ru: 'Сжатие и нейронные представления', zh: '压缩与神经表示' }, concepts: ['compression'] },
  { id: 'medical', labels: { en: 'Medicine and science', ru: 'Медицина и наука', zh: '医学与科学' }, concepts: ['medical', 'ai-for-science'] },
];
