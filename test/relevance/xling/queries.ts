/**
 * The cross-lingual query list: concepts, each with English, Russian and Chinese queries (single words
 * and phrases) and one English relevance rule (RULES.md, `judge.ts`). Written before any search result
 * on the generated digests was looked at; the Russian and Chinese queries are what a reader would type
 * (including common transliterations: файнтюнинг, эмбеддинги, бенчмарк), not words copied from the
 * digests.
 *
 * `catalog` names the topic-catalog topic a concept belongs to (null: outside the catalog, the part
 * search could not bridge before the lexicon).
 * @module
 */
import type { Lang } from '../../../src/core/model.ts';
import type { Rule } from './judge.ts';

export type ConceptKind = 'method' | 'task' | 'domain' | 'modality' | 'evaluation' | 'model';

export interface XQuery {
  q: string;
  lang: Lang;
  /** One word (for Chinese: one dictionary word) or several. */
  shape: 'word' | 'phrase';
}

export interface XConcept extends Rule {
  id: string;
  kind: ConceptKind;
  catalog: string | null;
  queries: readonly XQuery[];
}

const en = (q: string, shape: XQuery['shape'] = q.includes(' ') ? 'phrase' : 'word'): XQuery => ({ q, lang: 'en', shape });
const ru = (q: string, shape: XQuery['shape'] = q.includes(' ') ? 'phrase' : 'word'): XQuery => ({ q, lang: 'ru', shape });
/** A Chinese query is one word when it is at most four Han characters (微调, 扩散模型), else a phrase. */
const zh = (q: string, shape: XQuery['shape'] = /^\p{Script=Han}{1,4}$/u.test(q) ? 'word' : 'phrase'): XQuery => ({ q, lang: 'zh', shape });

export const concepts: readonly XConcept[] = [
  // === Catalog topics
  {
    id: 'diffusion', kind: 'method', catalog: 'diffusion', minHits: 3,
    en: [/\bdiffusion\b/i, /\bdenois/i],
    queries: [en('diffusion models'), ru('диффузионные модели'), zh('扩散模型')],
  },
  {
    id: 'video-generation', kind: 'task', catalog: 'video',
    en: [/\bvideo (generation|synthesis|diffusion)/i, /\b(text|image)-to-video\b/i, /\bgenerat\w* (\w+ ){0,2}videos?\b/i, /\bvideos? generat/i],
    queries: [en('video generation'), ru('генерация видео'), zh('视频生成')],
  },
  {
    id: '3d-reconstruction', kind: 'task', catalog: '3d',
    en: [/\b(3D|4D) reconstruct/i, /\breconstruct\w* (\w+ ){0,3}(in )?(3D|4D)\b/i, /\bradiance field/i, /\bNeRFs?\b/, /\bgaussian splat/i, /\bnovel view synthesis/i],
    queries: [en('3D reconstruction'), ru('трёхмерная реконструкция'), zh('三维重建')],
  },
  {
    id: 'gaussian-splatting', kind: 'method', catalog: '3d', minHits: 1,
    en: [/\bgaussian splat/i, /\b3DGS\b/, /\b(2D|3D) (dynamic )?gaussians\b/i, /\bgaussian splats\b/i],
    queries: [en('gaussian splatting'), ru('гауссовский сплэттинг'), zh('高斯泼溅')],
  },
  {
    id: 'rlhf', kind: 'method', catalog: 'alignment', minHits: 1,
    en: [/\bRLHF\b/, /\bhuman feedback\b/i, /\bpreference (tuning|optimization|learning)\b/i, /\bDPO\b/],
    queries: [en('RLHF'), en('learning from human feedback'), ru('обратная связь от людей'), zh('人类反馈')],
  },
  {
    id: 'reward-model', kind: 'method', catalog: 'alignment',
    en: [/\breward models?\b/i, /\breward model(l)?ing\b/i, /\breward hacking\b/i],
    queries: [en('reward model'), ru('модель вознаграждения'), zh('奖励模型')],
  },
  {
    id: 'reinforcement-learning', kind: 'method', catalog: 'reinforcement-learning',
    en: [/\breinforcement learning\b/i, /\bRL\b/, /\bPPO\b/, /\bMARL\b/],
    queries: [en('reinforcement learning'), ru('обучение с подкреплением'), zh('强化学习')],
  },
  {
    id: 'instruction-tuning', kind: 'method', catalog: 'instruction-tuning',
    en: [/\binstruction[- ]tun/i, /\binstruction[- ]trained\b/i, /\binstruction (following|data(sets?)?)\b/i, /\breverse instructions\b/i],
    queries: [en('instruction tuning'), ru('инструктивное дообучение'), zh('指令微调')],
  },
  {
    id: 'math-reasoning', kind: 'task', catalog: 'reasoning',
    en: [/\bmath(ematical|s)? (reasoning|problem|word problem|benchmark)/i, /\bmathematic(s|al)\b/i, /\bGSM8K\b/, /\bMATH\b/],
    queries: [en('math reasoning'), ru('математические рассуждения'), zh('数学推理')],
  },
  {
    id: 'reasoning', kind: 'task', catalog: 'reasoning',
    en: [/\breason(ing|s|er)\b/i, /\bchain[- ]of[- ]thought\b/i, /\bCoT\b/],
    queries: [en('reasoning'), ru('рассуждения'), zh('推理')],
  },
  {
    id: 'agents', kind: 'method', catalog: 'agents',
    en: [/\bagents?\b/i, /\bagentic\b/i],
    not: [/\bagent-based models?\b/i],
    queries: [en('agents'), en('LLM agents'), ru('агенты'), zh('智能体')],
  },
  {
    id: 'speech', kind: 'modality', catalog: 'speech',
    en: [/\bspeech\b/i, /\bspoken\b/i, /\bvoice\b/i, /\bTTS\b/, /\btext-to-speech\b/i],
    queries: [en('speech'), ru('речь'), ru('синтез речи'), zh('语音')],
  },
  {
    id: 'audio', kind: 'modality', catalog: 'speech',
    en: [/\baudio\b/i, /\bsounds?\b/i, /\bmusic\w*\b/i, /\bsoundscape/i],
    queries: [en('audio'), ru('аудио'), zh('音频')],
  },
  {
    id: 'code-generation', kind: 'task', catalog: 'code',
    en: [/\bcode (generation|synthesis|LLMs?|models?|solutions|tasks)\b/i, /\bcoding\b/i, /\bprogramming\b/i, /\bsoftware engineering\b/i, /\bcoder\b/i],
    not: [/\bProgramming Every Example\b/i],
    queries: [en('code generation'), ru('генерация кода'), zh('代码生成')],
  },
  {
    id: 'rag', kind: 'method', catalog: 'retrieval', minHits: 1,
    en: [/\bretrieval[- ]augmented\b/i, /\bRAG\b/, /\bGraphRAG\b/, /\bretrieved context\b/i],
    queries: [en('retrieval-augmented generation'), ru('генерация с извлечением'), zh('检索增强生成')],
  },
  {
    id: 'retrieval', kind: 'task', catalog: 'retrieval',
    en: [/\bretriev(al|er|ers|e|ed|ing)\b/i, /\bsearch engines?\b/i],
    queries: [en('retrieval'), ru('информационный поиск'), zh('检索')],
  },
  {
    id: 'vlm', kind: 'model', catalog: 'multimodal', minHits: 1,
    en: [/\bvision[- ]language\b/i, /\bVLMs?\b/, /\bLMMs?\b/, /\bMLLMs?\b/, /\bmultimodal (large )?language models?\b/i, /\bmulti-?modal LLMs?\b/i, /\blarge (language and )?vision[- ]language models?\b/i],
    queries: [en('vision-language models'), ru('визуально-языковые модели'), zh('视觉语言模型')],
  },
  {
    id: 'multimodal', kind: 'modality', catalog: 'multimodal',
    en: [/\bmulti-?modal\w*\b/i, /\bomni-?modal/i],
    queries: [en('multimodal'), ru('мультимодальность'), zh('多模态')],
  },
  {
    id: 'long-context', kind: 'method', catalog: 'long-context',
    en: [/\blong[- ]context\b/i, /\bcontext (length|window|extension)/i, /\blong (text|sequences?|inputs?)\b/i],
    queries: [en('long context'), ru('длинный контекст'), zh('长上下文')],
  },
  {
    id: 'moe', kind: 'method', catalog: 'efficiency', minHits: 1,
    en: [/\bmixture[- ]of[- ]experts?\b/i, /\bMoE\b/],
    queries: [en('mixture of experts'), ru('смесь экспертов'), zh('混合专家')],
  },
  {
    id: 'quantization', kind: 'method', catalog: 'quantization', minHits: 1,
    en: [/\bquantiz/i, /\b(4|8|1)-bit\b/i, /\blow-bit\b/i],
    queries: [en('quantization'), ru('квантизация'), zh('量化')],
  },
  {
    id: 'benchmark', kind: 'evaluation', catalog: 'dataset',
    en: [/\bbenchmark\w*/i, /\b\w+-?bench\b/i],
    not: [/\bbenchmarking the potential\b/i],
    queries: [en('benchmark'), ru('бенчмарк'), ru('бенчмарки для оценки'), zh('基准测试')],
  },
  {
    id: 'dataset', kind: 'evaluation', catalog: 'dataset', minHits: 3, // was 2: 34 papers, over the 25 bound
    en: [/\bdatasets?\b/i, /\bcorpus\b/i, /\bcorpora\b/i],
    queries: [en('new dataset'), ru('набор данных'), ru('датасет'), zh('数据集')],
  },
  {
    id: 'synthetic-data', kind: 'method', catalog: 'synthetic-data',
    en: [/\bsynthetic (data|captions?|pair|samples|images?|edit)/i, /\bdata augmentation\b/i, /\baugment\w* (small-scale )?\w+ (classification )?datasets\b/i],
    queries: [en('synthetic data'), ru('синтетические данные'), zh('合成数据')],
  },
  {
    id: 'text-to-image', kind: 'task', catalog: 'image-generation',
    en: [/\btext-to-image\b/i, /\bimage generation\b/i, /\bimage synthesis\b/i, /\bgenerat\w* (\w+ ){0,2}images?\b/i],
    queries: [en('image generation'), en('text-to-image'), ru('генерация изображений'), zh('图像生成')],
  },
  {
    id: 'image-editing', kind: 'task', catalog: 'image-generation',
    en: [/\b(image|video|photo|portrait|local) editing\b/i, /\bedit(s|ing)? (the )?(images?|videos?|photos?)\b/i, /\bdrag-based\b/i, /\bimage-to-image\b/i, /\binpaint\w*/i],
    queries: [en('image editing'), ru('редактирование изображений'), zh('图像编辑')],
  },
  {
    id: 'robot-manipulation', kind: 'domain', catalog: 'robotics',
    en: [/\brobot\w*/i, /\bmanipulation\b/i, /\bvisuo-motor\b/i, /\bimitation learning\b/i],
    queries: [en('robot manipulation'), ru('роботы'), zh('机器人')],
  },
  {
    id: 'medical', kind: 'domain', catalog: 'medical',
    en: [/\bmedic(al|ine)\b/i, /\bclinical\b/i, /\bhealth\s?care\b/i, /\bpatients?\b/i, /\bdiabetes\b/i, /\bX-ray\b/i, /\bfMRI\b/],
    queries: [en('medical'), ru('медицина'), zh('医学')],
  },
  {
    id: 'multilingual', kind: 'domain', catalog: 'translation',
    en: [/\bmultilingual\b/i, /\bcross-lingual\b/i, /\blow-resource languages?\b/i, /\b(Romanian|Vietnamese|Italian|European) (language|languages)?\b/i, /\bnon-English\b/i],
    queries: [en('multilingual'), ru('многоязычные модели'), zh('多语言')],
  },
  {
    id: 'inference-acceleration', kind: 'method', catalog: 'efficiency',
    en: [/\baccelerat\w*/i, /\bspeed-?up\b/i, /\binference (cost|speed|latency|efficiency)\b/i, /\bfaster\b/i],
    queries: [en('inference acceleration'), ru('ускорение инференса'), zh('推理加速')],
  },
  {
    id: 'hallucination', kind: 'evaluation', catalog: 'safety', minHits: 1,
    en: [/\bhallucinat\w*/i, /\bgrounded attributions?\b/i],
    queries: [en('hallucination'), ru('галлюцинации'), zh('幻觉')],
  },
  {
    id: 'open-weights', kind: 'model', catalog: 'open-models',
    en: [/\bopen[- ](source|weights?)\b/i, /\bopen-sourc\w*/i], // was wider (open data/models, publicly released): 28 papers; then minHits 1: 23
    queries: [en('open source models'), ru('открытые модели'), zh('开源模型')],
  },

  // === Outside the catalog
  {
    id: 'fine-tuning', kind: 'method', catalog: null,
    en: [/\bfine-?tun\w*/i, /\bfull-parameter tuning\b/i, /\bpost-training\b/i],
    not: [/\bwithout (any )?(additional )?fine-?tuning\b/i, /\btuning-free\b/i],
    queries: [en('fine-tuning'), ru('дообучение'), ru('файнтюнинг'), zh('微调')],
  },
  {
    id: 'pretraining', kind: 'method', catalog: null,
    en: [/\bpre-?train(ing|ed)?\b/i, /\bcontinu(ous|al|ed) pre-?training\b/i],
    queries: [en('pretraining'), ru('предобучение'), zh('预训练')],
  },
  {
    id: 'embeddings', kind: 'method', catalog: null,
    en: [/\bembedd?ings?\b/i, /\bembedders?\b/i, /\bmulti-vector\b/i],
    not: [/\bembedding-free\b/i],
    queries: [en('text embeddings'), ru('эмбеддинги'), zh('文本嵌入')],
  },
  {
    id: 'music', kind: 'domain', catalog: null,
    en: [/\bmusic\w*/i],
    queries: [en('music generation'), ru('генерация музыки'), zh('音乐生成')],
  },
  {
    id: 'human-animation', kind: 'task', catalog: null,
    en: [/\b(character|human|avatar|portrait)s? (animation|video|motion|control)\b/i, /\banimat(e|able|ion)\b/i, /\bavatars?\b/i, /\btalking\b/i],
    queries: [en('human animation'), ru('анимация персонажей'), zh('人物动画')],
  },
  {
    id: 'zero-shot', kind: 'evaluation', catalog: null,
    en: [/\bzero[- ]shot\b/i],
    queries: [en('zero-shot'), ru('обучение без примеров'), zh('零样本')],
  },
  {
    id: 'self-supervised', kind: 'method', catalog: null, minHits: 1,
    en: [/\bself-supervis\w*/i, /\bunsupervised\b/i],
    queries: [en('self-supervised learning'), ru('самообучение'), zh('自监督学习')],
  },
  {
    id: 'contrastive', kind: 'method', catalog: null, minHits: 1,
    en: [/\bcontrastive\b/i],
    queries: [en('contrastive learning'), ru('контрастивное обучение'), zh('对比学习')],
  },
  {
    id: 'autoregressive', kind: 'method', catalog: null,
    en: [/\bauto-?regress\w*/i, /\bnext-token prediction\b/i],
    queries: [en('autoregressive'), ru('авторегрессионная модель'), zh('自回归')],
  },
  {
    id: 'llm-judge', kind: 'evaluation', catalog: null,
    en: [/\bLLM[- ]judges?\b/i, /\bLLM-as-a-judge\b/i, /\bjudg(e|es|ing)\b/i, /\bcritic\b/i, /\bevaluators?\b/i],
    queries: [en('LLM as a judge'), ru('оценка с помощью LLM'), zh('大模型评估')],
  },
  {
    id: 'personalization', kind: 'task', catalog: null,
    en: [/\bpersonaliz\w*/i, /\bidentity[- ]preserv\w*/i, /\bconsistent characters\b/i],
    queries: [en('personalization'), ru('персонализация'), zh('个性化')],
  },
  {
    id: 'audio-generation', kind: 'task', catalog: null,
    en: [/\btext-to-audio\b/i, /\baudio generation\b/i, /\b(music|speech|sound) generation\b/i, /\bgenerat\w* (\w+ ){0,2}(audio|music|speech)\b/i, /\bcodec\b/i],
    queries: [en('audio generation'), ru('генерация звука'), zh('音频生成')],
  },
  {
    id: 'captioning', kind: 'task', catalog: null,
    en: [/\bcaption\w*/i],
    queries: [en('captioning'), ru('генерация подписей'), zh('图像描述')],
  },
  {
    id: 'vqa', kind: 'task', catalog: null, minHits: 1, // 2 left one paper
    en: [/\bvisual question[- ]answering\b/i, /\bVQA\b/, /\bquestion[- ]answering\b/i],
    queries: [en('question answering'), ru('ответы на вопросы'), zh('问答')],
  },
  {
    id: 'prompting', kind: 'method', catalog: null,
    en: [/\bprompt(s|ing|ed)?\b/i, /\bprompt (engineering|generation)\b/i],
    not: [/\btext prompts?\b/i],
    queries: [en('prompt engineering'), ru('промпт-инжиниринг'), ru('промпты'), zh('提示工程')],
  },
  {
    id: 'multi-agent', kind: 'method', catalog: null, minHits: 1,
    en: [/\bmulti-agents?\b/i, /\bMARL\b/],
    queries: [en('multi-agent systems'), ru('мультиагентные системы'), zh('多智能体')],
  },
  {
    id: 'imitation-learning', kind: 'method', catalog: null, minHits: 1,
    en: [/\bimitation learning\b/i, /\bimitat(e|es|ing)\b/i, /\bbehavio(u)?r cloning\b/i],
    queries: [en('imitation learning'), ru('имитационное обучение'), zh('模仿学习')],
  },
  {
    id: 'dynamic-4d', kind: 'domain', catalog: null, minHits: 1,
    en: [/\b4D\b/, /\bvolumetric videos?\b/i, /\bdynamic (scenes?|gaussians)\b/i],
    queries: [en('4D dynamic scenes'), ru('динамические сцены'), zh('动态场景')],
  },
  {
    id: 'sparsity', kind: 'method', catalog: null,
    en: [/\bspars(ity|e|ification)\b/i, /\bprun(ing|ed)\b/i, /\btoken (reduction|pooling|compression)\b/i],
    not: [/\bsparse[- ]view\b/i, /\bsparse (3D|inputs?|neural rendering)\b/i],
    queries: [en('sparsity'), ru('разреженность'), zh('稀疏')],
  },
  {
    id: 'survey', kind: 'evaluation', catalog: null, minHits: 1,
    en: [/\bsurvey\b/i, /\bcomprehensive (review|overview)\b/i],
    queries: [en('survey'), ru('обзор'), zh('综述')],
  },
  {
    id: 'interpretability', kind: 'evaluation', catalog: null, minHits: 1, // was 2: one paper only
    en: [/\binterpretab\w*/i, /\binterpret(ing|ation|ations)\b/i, /\bexplainab\w*/i, /\bmechanistic\b/i, /\binternal representations?\b/i],
    queries: [en('interpretability'), ru('интерпретируемость'), zh('可解释性')],
  },
  {
    id: 'detection-segmentation', kind: 'task', catalog: 'detection',
    en: [/\bobject detection\b/i, /\bdetect(or|ors|ion)\b/i, /\bsegmentation\b/i, /\btracking\b/i],
    queries: [en('object detection'), ru('детекция объектов'), zh('目标检测')],
  },
  {
    id: 'depth-estimation', kind: 'task', catalog: '3d', minHits: 1,
    en: [/\bdepth (estimation|prediction|maps?)\b/i, /\bmonocular (metric )?depth\b/i, /\bdense prediction\b/i, /\bsurface normals?\b/i],
    queries: [en('depth estimation'), ru('оценка глубины'), zh('深度估计')],
  },
  {
    id: 'image-restoration', kind: 'task', catalog: null,
    en: [/\b(image|video|photo)s? (restoration|super-resolution|colori[sz]ation|relighting)\b/i, /\bsuper-resolution\b/i, /\bcolori[sz]ation\b/i, /\brelight\w*/i],
    queries: [en('image restoration'), ru('восстановление изображений'), zh('图像复原')],
  },
  {
    id: 'time-series', kind: 'domain', catalog: null,
    en: [/\btime[- ]series\b/i, /\bforecast\w*/i, /\bweather\b/i, /\bclimate\b/i],
    queries: [en('time series forecasting'), ru('прогнозирование временных рядов'), zh('时间序列预测')],
  },
  {
    id: 'knowledge-distillation', kind: 'method', catalog: null,
    en: [/\bdistill\w*/i],
    queries: [en('knowledge distillation'), ru('дистилляция знаний'), zh('知识蒸馏')],
  },

  {
    id: 'emotion', kind: 'domain', catalog: null,
    en: [/\bemotion\w*/i, /\baffective\b/i],
    queries: [en('emotion'), ru('эмоции'), zh('情感')],
  },
  {
    id: 'audio-classification', kind: 'task', catalog: null,
    en: [/\baudio classification\b/i, /\bclassif\w* (\w+ ){0,2}(audio|sounds?)\b/i],
    queries: [en('audio classification'), ru('классификация звуков'), zh('音频分类')],
  },
  {
    id: 'texture', kind: 'task', catalog: null,
    en: [/\btextur\w*/i, /\bmaterials?\b/i],
    queries: [en('texture generation'), ru('генерация текстур'), zh('纹理生成')],
  },
  {
    id: 'motion', kind: 'modality', catalog: null,
    en: [/\bmotion\w*/i],
    queries: [en('motion'), ru('движение'), zh('运动')],
  },
  {
    id: 'neural-rendering', kind: 'method', catalog: null,
    en: [/\brender\w*/i],
    queries: [en('neural rendering'), ru('нейронный рендеринг'), zh('神经渲染')],
  },
  {
    id: 'tokens', kind: 'method', catalog: null,
    en: [/\btokeniz\w*/i, /\btokens?\b/i],
    queries: [en('tokens'), ru('токены'), zh('词元')],
  },

  // === Named models (outside the catalog; Latin names inside Russian/Chinese queries too)
  {
    id: 'gpt-4', kind: 'model', catalog: null, minHits: 1,
    en: [/\bGPT-?4\w*/i, /\bGPT-?4o\b/i, /\bChatGPT\b/i],
    queries: [en('GPT-4'), ru('модель GPT-4'), zh('GPT-4模型')],
  },
  {
    id: 'llama', kind: 'model', catalog: null, minHits: 1,
    en: [/\bL[Ll]a[Mm][Aa]\w*/],
    queries: [en('Llama'), ru('модели Llama'), zh('Llama模型')],
  },
  {
    id: 'clip', kind: 'model', catalog: null, minHits: 1,
    en: [/\bCLIP\b/, /\bCLAP\b/],
    queries: [en('CLIP'), ru('CLIP модели'), zh('CLIP模型')],
  },
  {
    id: 'qwen', kind: 'model', catalog: null, minHits: 1,
    en: [/\bQwen\w*/],
    queries: [en('Qwen'), zh('通义千问 Qwen')],
  },
  {
    id: 'o1', kind: 'model', catalog: null, minHits: 1,
    en: [/\bo1\b/, /\bOpenAI\b/],
    queries: [en('OpenAI o1'), ru('модель o1 от OpenAI')],
  },
  {
    id: 'transformer', kind: 'model', catalog: null,
    en: [/\btransformers?\b/i, /\bDiT\b/, /\bViT\b/],
    queries: [en('transformer'), ru('трансформер'), zh('Transformer架构')],
  },
  {
    id: 'kan', kind: 'model', catalog: null, minHits: 1,
    en: [/\bKolmogorov-Arnold\b/i, /\bKANs?\b/],
    queries: [en('Kolmogorov-Arnold networks'), ru('сети Колмогорова-Арнольда'), zh('KAN网络')],
  },
  {
    id: 'stable-diffusion', kind: 'model', catalog: null, minHits: 1,
    en: [/\bStable Diffusion\b/i, /\bSDXL\b/, /\bSD ?\d(\.\d)?\b/],
    queries: [en('Stable Diffusion'), ru('Stable Diffusion XL'), zh('SDXL')],
  },
];
