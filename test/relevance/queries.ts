/**
 * Labelled queries over the real starter corpus (data/digests). Each query lists the papers it must
 * return, identified by coined name, arXiv id or a distinctive summary/title substring (resolved to
 * exactly one paper, so a relabelled or vanished paper fails loudly instead of silently scoring 0).
 *
 * `exact: true` marks exact-name queries: the paper must be at rank 1.
 * Relevant sets are what a reader would expect in the first page, not every paper that mentions the word.
 */

/** How a paper is identified in a label. */
export type PaperRef = { name: string } | { arxiv: string } | { text: string };

export interface LabelledQuery {
  query: string;
  lang: 'en' | 'ru' | 'zh' | 'mixed';
  relevant: PaperRef[];
  exact?: boolean;
}

const n = (name: string): PaperRef => ({ name });
const a = (arxiv: string): PaperRef => ({ arxiv });
const t = (text: string): PaperRef => ({ text });

// Groups reused by several languages.
const diffusionPapers = [n('FIFO-Diffusion'), n('Dreamer-XL'), n('VLOGGER'), n('Consistency Models'), a('2410.02416'), a('2302.09778')];
const videoPapers = [n('FIFO-Diffusion'), n('VLOGGER'), n('Follow-Your-Click'), n('Loong'), n('LLaVA-Video'), n('Vinoground')];
const quantPapers = [n('BitNet a4.8'), n('SageAttention')];
const robotPapers = [n('Octo'), n('SayCan'), n('PaLM-E')];
const multimodalPapers = [n('Imp'), n('PaLM-E'), n('Prismer'), n('MoT'), n('LLaVA-Critic')];
const scalingPapers = [n('Chinchilla'), t('Законы масштабирования являются полезными руководствами')];

export const labelledQueries: LabelledQuery[] = [
  // === English
  { query: 'diffusion', lang: 'en', relevant: diffusionPapers },
  { query: 'video', lang: 'en', relevant: videoPapers },
  { query: 'quantization', lang: 'en', relevant: quantPapers },
  { query: 'robot', lang: 'en', relevant: robotPapers },
  { query: 'object detection', lang: 'en', relevant: [n('D-FINE')] },
  { query: 'machine translation', lang: 'en', relevant: [a('2302.09210')] },
  { query: 'scaling laws', lang: 'en', relevant: scalingPapers },
  { query: 'continual learning', lang: 'en', relevant: [t('непрерывное предварительное обучение этих моделей')] },
  { query: 'instruction tuning', lang: 'en', relevant: [a('2302.14691'), n('LLaVA-Video')] },
  { query: 'code generation', lang: 'en', relevant: [n('LintSeq')] },
  { query: 'retrieval augmented generation', lang: 'en', relevant: [n('Open-RAG')] },
  { query: 'speech', lang: 'en', relevant: [a('2410.02678')] },
  { query: 'agents', lang: 'en', relevant: [n('R-MCTS'), n('SOTOPIA-π')] },
  { query: 'open models', lang: 'en', relevant: [n('LLaMA'), n('Gemma'), t('открытых фундаментальных моделях')] },
  { query: 'gaussian splatting', lang: 'en', relevant: [n('MVGS')] },
  { query: 'mixture of experts', lang: 'en', relevant: [n('CLIP-MoE')] },
  { query: 'multimodal', lang: 'en', relevant: multimodalPapers },
  // === Russian
  { query: 'видео', lang: 'ru', relevant: videoPapers },
  { query: 'диффузия', lang: 'ru', relevant: diffusionPapers },
  { query: 'диффузионные модели', lang: 'ru', relevant: diffusionPapers },
  { query: 'квантизация', lang: 'ru', relevant: quantPapers },
  { query: 'роботы', lang: 'ru', relevant: robotPapers },
  { query: 'машинный перевод', lang: 'ru', relevant: [a('2302.09210')] },
  { query: 'обучение с подкреплением', lang: 'ru', relevant: [n('OpenRLHF'), n('VinePPO')] },
  { query: 'мультимодальные модели', lang: 'ru', relevant: multimodalPapers },
  { query: 'законы масштабирования', lang: 'ru', relevant: scalingPapers },
  { query: 'детекция объектов', lang: 'ru', relevant: [n('D-FINE')] },
  { query: 'генерация кода', lang: 'ru', relevant: [n('LintSeq')] },
  // === Chinese
  { query: '扩散模型', lang: 'zh', relevant: diffusionPapers },
  { query: '视频生成', lang: 'zh', relevant: [n('FIFO-Diffusion'), n('VLOGGER'), n('Loong'), n('Follow-Your-Click')] },
  { query: '多模态', lang: 'zh', relevant: multimodalPapers },
  { query: '量化', lang: 'zh', relevant: quantPapers },
  { query: '机器人', lang: 'zh', relevant: robotPapers },
  { query: '高效微调', lang: 'zh', relevant: [n('LLaMA-Factory'), n('MoRA')] },
  { query: '目标检测', lang: 'zh', relevant: [n('D-FINE')] },
  { query: '机器翻译', lang: 'zh', relevant: [a('2302.09210')] },
  // === Mixed
  { query: 'LoRA адаптеры', lang: 'mixed', relevant: [n('MoRA'), n('Arrow')] },
  { query: 'RLHF 开源', lang: 'mixed', relevant: [n('OpenRLHF'), n('LLaMA')] },
  { query: 'diffusion видео', lang: 'mixed', relevant: [n('FIFO-Diffusion'), n('VLOGGER')] },
  { query: 'LLM 量化', lang: 'mixed', relevant: [n('BitNet a4.8')] },
  { query: 'video generation 扩散', lang: 'mixed', relevant: [n('FIFO-Diffusion'), n('VLOGGER')] },
  // === Exact names: rank 1
  ...[
    'MoRA', 'Octo', 'FIFO-Diffusion', 'OpenRLHF', 'Gemma', 'VLOGGER', 'SOTOPIA-π', 'TRUMANS', 'Follow-Your-Click', 'GaussianImage',
    'LLaMA-Factory', 'D-FINE', 'BitNet a4.8', 'Imp', 'Loong', 'SageAttention', 'LLaMA', 'PaLM-E', 'Kubric', 'Chinchilla',
  ].map((name): LabelledQuery => ({ query: name, lang: 'mixed', relevant: [n(name)], exact: true })),
  { query: 'Consistency Models', lang: 'en', relevant: [n('Consistency Models')], exact: true },
  { query: '一致性模型', lang: 'zh', relevant: [n('Consistency Models')], exact: true },
  { query: 'fifo diffusion', lang: 'en', relevant: [n('FIFO-Diffusion')], exact: true },
];
