/**
 * Topic gold: which catalog topics each sample paper is about, judged from its English title and
 * abstract only, by the same rule as search relevance (RULES.md, "Topic gold"): a topic's evidence in the
 * title, or `minHits` occurrences in the abstract. Written before the tagger's output on the test
 * digests was looked at. Topics no paper of the samples is about simply have no gold positives (their
 * false positives still count against precision).
 * @module
 */
import type { Rule } from './judge.ts';

export const topicGold: Readonly<Record<string, Rule>> = {
  llm: { en: [/\blarge language models?\b/i, /\bLLMs?\b/, /\blanguage models?\b/i, /\bGPT-?\d\w*/, /\bLLaMA\w*/i, /\bQwen\w*/], minHits: 3 },
  diffusion: { en: [/\bdiffusion\b/i, /\bdenois\w*/i, /\bscore distillation\b/i, /\bconsistency models?\b/i], minHits: 2 },
  multimodal: { en: [/\bmulti-?modal\w*/i, /\bvision[- ]language\b/i, /\b(VLM|LMM|MLLM)s?\b/, /\bimage-text\b/i, /\baudio-visual\b/i, /\bomni-?modal\w*/i], minHits: 2 },
  video: { en: [/\bvideos?\b/i], minHits: 2 },
  'image-generation': { en: [/\bimage (generation|synthesis|editing)\b/i, /\btext-to-image\b/i, /\bimage-to-image\b/i, /\bgenerat\w* (\w+ ){0,2}images?\b/i, /\bdrag-based\b/i, /\binpaint\w*/i], minHits: 2 },
  '3d': { en: [/\b3D\b/, /\b4D\b/, /\bNeRFs?\b/, /\bgaussian splat\w*/i, /\bradiance fields?\b/i, /\bpoint clouds?\b/i, /\bdepth\b/i, /\bnovel view\b/i, /\bmesh(es)?\b/i, /\bvolumetric\b/i], minHits: 2 },
  robotics: { en: [/\brobot\w*/i, /\bembodied\b/i, /\blocomotion\b/i, /\bvisuo-motor\b/i, /\bmanipulation\b/i], minHits: 2 },
  detection: { en: [/\b(object )?detect(ion|or|ors)\b/i, /\bsegmentation\b/i, /\btracking\b/i, /\blocali[sz]ation\b/i, /\bbounding box/i], minHits: 2 },
  efficiency: { en: [/\baccelerat\w*/i, /\bspeed-?ups?\b/i, /\blatency\b/i, /\bspars(e|ity)\b/i, /\bprun(ing|ed)\b/i, /\bmixture[- ]of[- ]experts\b/i, /\bMoE\b/, /\bFLOPs\b/, /\b(computational|inference|training) (cost|efficiency|overhead)\b/i, /\bmemory (footprint|usage|consumption)\b/i, /\bfaster\b/i, /\bone[- ]step\b/i], minHits: 3 },
  quantization: { en: [/\bquantiz\w*/i, /\blow-bit\b/i, /\b(1|2|4|8)-bit\b/i], minHits: 2 },
  peft: { en: [/\bLoRA\w*/, /\bparameter-efficient\b/i, /\badapters?\b/i, /\blow-rank adapt\w*/i, /\bPEFT\b/], minHits: 2 },
  alignment: { en: [/\bRLHF\b/, /\bhuman feedback\b/i, /\bpreferences?\b/i, /\breward models?\b/i, /\balignment\b/i, /\bDPO\b/], minHits: 2 },
  'reinforcement-learning': { en: [/\breinforcement learning\b/i, /\bRL\b/, /\bPPO\b/, /\bMARL\b/, /\bpolicy (gradient|optimization)\b/i, /\bRLHF\b/], minHits: 2 },
  'instruction-tuning': { en: [/\binstruction[- ]tun\w*/i, /\binstruction[- ]trained\b/i, /\binstruction[- ]following\b/i, /\binstruction data\w*/i, /\bSFT\b/, /\bsupervised fine-tuning\b/i], minHits: 2 },
  reasoning: { en: [/\breasoning\b/i, /\bchain[- ]of[- ]thought\b/i, /\bCoT\b/, /\bmath(ematical|s)?\b/i], minHits: 2 },
  agents: { en: [/\bagents?\b/i, /\bagentic\b/i, /\btool use\b/i], not: [/\bagent-based models?\b/i], minHits: 2 },
  safety: { en: [/\bsafety\b/i, /\bharmful\b/i, /\bjailbreak\w*/i, /\btoxic\w*/i, /\bhallucinat\w*/i, /\btrustworth\w*/i, /\bmislead\w*/i, /\bdecept\w*/i, /\breward hacking\b/i, /\bsecurity\b/i], minHits: 2 },
  scaling: { en: [/\bscaling laws?\b/i, /\bcompute-optimal\b/i], minHits: 1 },
  'continual-learning': { en: [/\bcontinual\b/i, /\blifelong\b/i, /\bcatastrophic forgetting\b/i, /\bcontinu(ous|ed) pre-?training\b/i], minHits: 1 },
  optimization: { en: [/\boptimizers?\b/i, /\blearning rates?\b/i, /\bhyperparameters?\b/i, /\bgradient descent\b/i, /\bLevenberg-Marquardt\b/i, /\btraining dynamics\b/i, /\bsecond-order\b/i], minHits: 2 },
  dataset: { en: [/\bdatasets?\b/i, /\bbenchmarks?\b/i, /\b\w+-?bench\b/i, /\bcorpus\b/i, /\bcorpora\b/i], minHits: 3 },
  'synthetic-data': { en: [/\bsynthetic (data|captions?|pairs?|samples|images?|edits?|paired data)\b/i, /\bdata augmentation\b/i, /\baugment\w* (\w+ ){0,2}datasets?\b/i], minHits: 2 },
  speech: { en: [/\bspeech\b/i, /\baudio\b/i, /\bvoice\b/i, /\bspoken\b/i, /\bsounds?\b/i, /\bmusic\w*/i, /\bTTS\b/, /\bASR\b/], minHits: 2 },
  code: { en: [/\bcode\b/i, /\bcoding\b/i, /\bprogramming\b/i, /\bsoftware\b/i, /\bcoder\b/i], not: [/\bProgramming Every Example\b/i, /\bcode (is|are|and \w+ (is|are)|will be) (publicly )?(available|released)\b/i], minHits: 2 },
  retrieval: { en: [/\bretriev\w*/i, /\bRAG\b/, /\bGraphRAG\b/, /\bsearch engines?\b/i], minHits: 2 },
  translation: { en: [/\btranslation\b/i, /\bmultilingual\b/i, /\bcross-lingual\b/i, /\blow-resource languages?\b/i], minHits: 2 },
  'open-models': { en: [/\bopen[- ](source|weights?)\w*/i, /\bopen-sourc\w*/i, /\bpublicly (release|available)\w*/i, /\bopenly\b/i], minHits: 2 },
  architecture: { en: [/\btransformers?\b/i, /\battention\b/i, /\barchitectures?\b/i, /\bmixture[- ]of[- ]experts\b/i, /\bstate[- ]space\b/i, /\bMamba\b/i, /\bKolmogorov-Arnold\b/i], minHits: 3 },
  'long-context': { en: [/\blong[- ]context\b/i, /\bcontext (length|window|extension)s?\b/i, /\blong (text|sequences?|inputs?|videos?)\b/i, /\bminute-level\b/i], minHits: 2 },
  compression: { en: [/\bcompress\w*/i, /\bcodecs?\b/i, /\bimplicit neural representations?\b/i, /\bINRs?\b/, /\bbitrate\b/i], minHits: 2 },
  medical: { en: [/\bmedic(al|ine)\b/i, /\bclinical\b/i, /\bhealth\s?care\b/i, /\bpatients?\b/i, /\bbiomedical\b/i, /\bfMRI\b/, /\bX-ray\b/i, /\bdiabetes\b/i], minHits: 2 },
};
