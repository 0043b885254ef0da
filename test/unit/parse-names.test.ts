import { describe, expect, it } from 'vitest';
import { nameFromChinese, nameFromProse, nameFromTitle, nameKey, namesFromProse } from '../../src/core/parse/index.ts';
import { isSurveyTitle } from '../../src/core/parse/names.ts';
import { parseStarter } from '../fixtures/digests/load.ts';

const names = (file: string) => parseStarter(file).papers.map((p) => p.name);

describe('parseDigest names (starter corpus)', () => {
  it('GIVEN 2024-05 ru-daily THEN the coined names in document order', () => {
    expect(names('2024-05-ru-daily.txt')).toEqual([
      'FIFO-Diffusion', // «Наш подход, названный FIFO-Diffusion»
      'MoRA', // «новый метод под названием MoRA»
      'OpenRLHF', // «Мы представляем OpenRLHF»; the repo has the same name
      'Arrow', // two things introduced; «новый механизм ..., Arrow» ranks first (MBC is not added: no second prose name)
      'Imp', // «мы создаем Imp - семейство»
      'Octo', // «мы представляем Octo»
      'SLAB', // repository github.com/xinghaochen/SLAB names the paper; «под названием PRepBN» a component
      'Dreamer-XL', // repository Dreamer-XL; «Trajectory Score Matching (TSM)» is its method
    ]);
    expect(parseStarter('2024-05-ru-daily.txt').papers.map((p) => p.aliases ?? [])).toEqual([[], [], [], [], [], [], ['PRepBN'], ['TSM']]);
  });

  it('GIVEN 2024-03 ru-daily THEN the coined names, null where the paper coins none', () => {
    expect(names('2024-03-ru-daily.txt')).toEqual([
      null, // continual pre-training study
      'Gemma',
      'VLOGGER', // MENTOR is introduced «также» (secondary) and is not appended
      'SOTOPIA-π', // written SOTOPIA-pi in the digest
      null, // position paper on open foundation models
      'TRUMANS',
      null, // scaling-laws study (repository "scaling" is not a coined name)
      'Follow-Your-Click',
      'GaussianImage',
    ]);
  });

  it('GIVEN zh reading notes THEN the name from the heading, 我们引入X(ACRO), or the short Chinese term', () => {
    expect(names('2024-11-zh-reading-notes.txt')).toEqual(['MoT', 'BitNet a4.8', null, '一致性模型', 'LLaMA-Factory', 'D-FINE']);
  });

  it('GIVEN zh monthly 2023-03 THEN names from English title prefixes and 叫X commentary', () => {
    expect(names('2023-03-zh-monthly-top10.txt')).toEqual([
      'LLaMA',
      'Consistency Models', // 所以才叫Consistency Models
      'PaLM-E',
      'In-context Instruction Learning', // a short title that is the method's name
      null,
      'Composer',
      'Prismer',
      null, // "Augmented Language Models: a Survey" is plain English, not a coined name
      null, // Lion: the commentary never says it is the paper's name (Adam is mentioned as often)
      'MarioGPT',
    ]);
  });

  it('GIVEN zh monthly 2022-04 THEN names from titles, (ACRO) and 被命名为X', () => {
    expect(names('2022-04-zh-monthly-top10.txt')).toEqual([
      'μTransfer', // 这种称为 μTransfer 的方法: what readers call it; the title's name is an alias
      'Visual Prompt Tuning', // a short title that is the method's name
      'Pathways',
      'STaR',
      'SayCan',
      'LIA', // 本论文提出了一种潜在图像动画器(LIA)
      null,
      'Kubric',
      'Chinchilla', // 由此产生的模型系列被命名为 Chinchilla
      'Make-A-Scene',
    ]);
  });

  it('GIVEN hfday 2024-10-03 THEN names from title prefixes, else from the abstract/description prose', () => {
    expect(names('2024-10-03-hfday.json')).toEqual([
      null, 'Loong', 'LLaVA-Video', 'LLaVA-Critic', 'CLOC', 'Depth Pro', null, 'VinePPO', 'CLIP-MoE', 'APG',
      'SageAttention', 'LintSeq', 'MVGS', 'L-CiteEval', 'MedVisionLlama', 'Vinoground',
      'DiVA', // "our Distilled Voice Assistant (DiVA)"
      null, 'Synthio',
    ]);
  });
});

describe('nameFromProse', () => {
  it('GIVEN Russian naming phrases THEN the named token', () => {
    expect(nameFromProse('Мы предлагаем новый метод под названием MoRA, который использует матрицу.', [])).toBe('MoRA');
    expect(nameFromProse('Наш подход, названный FIFO-Diffusion, генерирует видео.', [])).toBe('FIFO-Diffusion');
    expect(nameFromProse('Мы предлагаем структуру, называемую «QuickNet», для анимации.', [])).toBe('QuickNet');
    expect(nameFromProse('Мы представляем OpenRLHF, открытую платформу.', [])).toBe('OpenRLHF');
  });

  it('GIVEN a Latin phrase with an acronym THEN the acronym', () => {
    expect(nameFromProse('мы предлагаем новый метод Trajectory Score Matching (TSM), который решает проблему.', [])).toBe('TSM');
  });

  it('GIVEN English prose THEN "we introduce X" and "called X" work too', () => {
    expect(nameFromProse('In this work we introduce LLaVA-Video-178K, a dataset.', [])).toBe('LLaVA-Video-178K');
    expect(nameFromProse('We propose a method called FastGen that is fast.', [])).toBe('FastGen');
  });

  it('GIVEN a verb followed by generic acronyms or a relative clause THEN no name', () => {
    expect(nameFromProse('Мы предлагаем альтернативы графику, которые помогают LR-моделям.', [])).toBeNull();
    expect(nameFromProse('Мы представляем новые LLM и GPU решения.', [])).toBeNull();
    expect(nameFromProse('мы создаем набор из 104 моделей с 0.011B до 6.9B параметров.', [])).toBeNull();
  });

  it('GIVEN a coined GitHub repository name other than the prose name THEN the repository names the paper, the prose name is an alias', () => {
    expect(namesFromProse('Мы предлагаем метод под названием PRepBN.', ['https://github.com/xinghaochen/SLAB'])).toEqual({ name: 'SLAB', aliases: ['PRepBN'] });
    expect(namesFromProse('Мы представляем OpenRLHF, платформу.', ['https://github.com/OpenLLMAI/OpenRLHF'])).toEqual({ name: 'OpenRLHF', aliases: [] });
    expect(nameFromProse('Код доступен.', ['https://github.com/org/CoolNet'])).toBe('CoolNet');
    expect(nameFromProse('Код доступен.', ['https://github.com/mlfoundations/scaling'])).toBeNull();
  });

  it('GIVEN two things introduced THEN the better-scored one is the name and the other is no alias (a wrong alias is as wrong as a wrong name)', () => {
    expect(namesFromProse('Мы представляем кластеризацию, MBC, метод. Мы представляем новый механизм маршрутизации, Arrow, который работает.', [])).toEqual({ name: 'Arrow', aliases: [] });
  });

  it('GIVEN "our <Phrase> (ACRO)" THEN the acronym; a plain "our Method" THEN nothing', () => {
    expect(nameFromProse('We show that our Distilled Voice Assistant (DiVA) generalizes.', [])).toBe('DiVA');
    expect(nameFromProse('We show that our Method generalizes well.', [])).toBeNull();
  });
});

describe('nameFromTitle', () => {
  it('GIVEN Name: Subtitle titles THEN the name', () => {
    expect(nameFromTitle('LLaMA: Open and Efficient Foundation Language Models')).toBe('LLaMA');
    expect(nameFromTitle('Do As I Can, Not As I Say (SayCan): Grounding Language')).toBe('SayCan');
    expect(nameFromTitle('Tensor Programs V: Tuning Large Neural Networks')).toBe('Tensor Programs V');
    expect(nameFromTitle('Depth Pro: Sharp Monocular Metric Depth')).toBe('Depth Pro');
  });

  it('GIVEN a short title that is the method name THEN the title; a phrase with function words THEN null', () => {
    expect(nameFromTitle('Consistency Models')).toBe('Consistency Models');
    expect(nameFromTitle('In-context Instruction Learning')).toBe('In-context Instruction Learning');
    expect(nameFromTitle('Large Language Models as Markov Chains')).toBeNull();
    expect(nameFromTitle('Intelligence at the Edge of Chaos')).toBeNull();
    expect(nameFromTitle('Symbolic discovery of optimization algorithms')).toBeNull();
  });

  it('GIVEN a plain English prefix THEN null', () => {
    expect(nameFromTitle('Augmented Language Models: a Survey')).toBeNull();
    expect(nameFromTitle('Learning the Latent Rules of a Game from Data: A Chess Story')).toBeNull();
  });
});

describe('nameFromChinese', () => {
  it('GIVEN 我们引入 / 叫 / 被命名为 phrases THEN the Latin name or the acronym', () => {
    expect(nameFromChinese('我们引入混合Transformer(MoT),一种稀疏多模态transformer架构')).toBe('MoT');
    expect(nameFromChinese('在这项工作中,我们引入了BitNet a4.8,为1位LLM启用4位激活。')).toBe('BitNet a4.8');
    expect(nameFromChinese('这就是他们需要保持一致,所以才叫Consistency Models 。')).toBe('Consistency Models');
    expect(nameFromChinese('由此产生的模型系列被命名为 Chinchilla。')).toBe('Chinchilla');
    expect(nameFromChinese('我们介绍了D-FINE，这是一种强大的实时对象检测器')).toBe('D-FINE');
  });

  it('GIVEN Chinese prose without a Latin name after the phrase THEN null', () => {
    expect(nameFromChinese('这个论文提出学习一个模型,该模型预测输出。')).toBeNull();
  });
});

describe('name rules of the second round (#11)', () => {
  it('GIVEN a short passive «представлен новый бенчмарк X» THEN X; a participle «предложенный метод» names nothing', () => {
    expect(nameFromProse('В статье представлен новый бенчмарк OmniBench для оценки моделей.', [])).toBe('OmniBench');
    expect(nameFromProse('В статье представлена новая архитектура Time-MoE для прогнозирования.', [])).toBe('Time-MoE');
    expect(nameFromProse('Эксперименты показали, что предложенный метод улучшает производительность RM.', [])).toBeNull();
    expect(nameFromProse('Статья представляет новый подход к имплицитным нейронным представлениям (INR).', [])).toBeNull();
  });

  it('GIVEN a kind noun before a lower-case hyphenated token THEN that token is the name', () => {
    expect(nameFromProse('Они разработали модель bge-en-icl, которая использует примеры.', [])).toBe('bge-en-icl');
    expect(nameFromProse('Они разработали новый подход к long-context обработке.', [])).toBeNull();
  });

  it('GIVEN a size of the name introduced next to it THEN it is no alias', () => {
    expect(namesFromProse('Статья представляет проект EuroLLM. В работе представлены первые модели проекта: EuroLLM-1.7B.', [])).toEqual({ name: 'EuroLLM', aliases: [] });
  });

  it('GIVEN a bracketed field acronym after a Chinese term THEN it is not a name; a coined one still is', () => {
    expect(nameFromChinese('本文提出了一种基于扩散模型的图像超分辨率(SR)新方法，旨在提高效率。')).toBeNull();
    expect(nameFromChinese('本文提出了一种简单的自监督方法来解决任意点跟踪（TAP）问题。')).toBeNull();
    expect(nameFromChinese('本文介绍了一种零样本语音转移（VT）模块，可以无缝集成。')).toBeNull();
    expect(nameFromChinese('我们引入混合Transformer(MoT)，一种稀疏架构。')).toBe('MoT');
  });

  it('GIVEN a kind noun right before a Latin name in Chinese THEN the name; a method the paper builds on is not', () => {
    expect(nameFromChinese('本文提出了一种新框架EHRXDiff，通过整合先前的图像来预测。')).toBe('EHRXDiff');
    expect(nameFromChinese('本文提出了一种基于LoRA的方法，用于微调。')).toBeNull();
  });

  it('GIVEN a title prefix that opens with a descriptor (LLM-Powered ...) THEN no name', () => {
    expect(nameFromTitle('LLM-Powered Grapheme-to-Phoneme Conversion: Benchmark and Case Study')).toBeNull();
  });
});

describe('nameKey', () => {
  it('GIVEN spellings differing in case, punctuation or π/pi THEN one key', () => {
    expect(nameKey('SOTOPIA-π')).toBe('sotopiapi');
    expect(nameKey('Sotopia pi')).toBe('sotopiapi');
    expect(nameKey('LLaMA-Factory')).toBe('llamafactory');
    expect(nameKey('ＭｏＲＡ')).toBe('mora');
  });
});

describe('name rules of the fourth round (#11: Russian and Chinese summary phrasings)', () => {
  it('GIVEN «создали датасет X», «был создан бенчмарк X» THEN X; a name after «из» is where data came from', () => {
    expect(nameFromProse('Авторы создали датасет YesBut, содержащий 2547 изображений.', [])).toBe('YesBut');
    expect(nameFromProse('Для обучения был создан новый набор данных из MS MARCO.', [])).toBeNull();
  });

  it('GIVEN «модель X, которая...», «Модель x - это», «X представляет собой» THEN X, an ordinary-word Latin name whole', () => {
    expect(nameFromProse('В статье представлена модель Imagine yourself для персонализированной генерации.', [])).toBe('Imagine yourself');
    expect(nameFromProse('Модель jina-embeddings-v3 - это новая модель текстовых эмбеддингов.', [])).toBe('jina-embeddings-v3');
    expect(nameFromProse('Изменения внесены в SDXL. NovelAI Diffusion V3 представляет собой модель генерации.', [])).toBe('NovelAI Diffusion V3');
    expect(nameFromProse('Метод, названный Attention Prompting on Image, накладывает карту внимания.', [])).toBe('Attention Prompting on Image');
    expect(nameFromProse('3DGS-LM - это новый метод, ускоряющий реконструкцию.', [])).toBe('3DGS-LM');
  });

  it('GIVEN an acronym with its spelled-out form THEN the short form, the long one an alias', () => {
    expect(namesFromProse('Статья представляет V³ (Viewing Volumetric Videos) - новый подход к стримингу.', [])).toEqual({ name: 'V3', aliases: ['Viewing Volumetric Videos'] });
    expect(namesFromProse('Представлен новый метод под названием DAC (Diffusion-based Audio Captioning). DAC быстрее.', [])).toEqual({ name: 'DAC', aliases: ['Diffusion-based Audio Captioning'] });
    expect(nameFromProse('Авторы предлагают архитектуру SL^{2}A-INR для представлений.', [])).toBe('SL²A-INR');
  });

  it('GIVEN a participle before a name the text has not named yet THEN that name; one already named THEN no new one', () => {
    expect(nameFromProse('Предложена таксономия типов агентов. Разработанная структура, LLM-Agent-UMF, разграничивает компоненты.', [])).toBe('LLM-Agent-UMF');
    expect(nameFromProse('Эмпирические исследования показывают, что предложенный метод B4 превосходит эвристики.', [])).toBe('B4');
    expect(nameFromProse('Статья представляет Octo. Эксперименты показали, что предложенный метод Octo лучше.', [])).toBe('Octo');
  });

  it('GIVEN the secondary name introduced first and the main one «также» but named again THEN the main one', () => {
    const text = 'Исследователи предлагают LangGPT - фреймворк для промптов. Они также представляют Minstrel - агентскую систему. Промпты, созданные Minstrel, лучше.';
    expect(namesFromProse(text, [])).toEqual({ name: 'Minstrel', aliases: [] });
  });

  it('GIVEN well-known methods, a vendor, or a survey THEN no name', () => {
    expect(nameFromProse('В работе предложен модуль низкоранговой адаптации (LoRA), учитывающий деградацию.', [])).toBeNull();
    expect(nameFromProse('Авторы предлагают селективное применение CoT.', [])).toBeNull();
    expect(nameFromProse('Статья представляет анализ моделей OpenAI (o1-preview и o1-mini) на задачах кодирования.', [])).toBeNull();
    expect(nameFromProse('Эта статья представляет собой обзор области. Авторы предлагают новую таксономию задач (LoCU).', [])).toBeNull();
    expect(nameFromProse('Статья представляет Колмогоров-Арнольд Трансформер. Предложены три решения: рациональный базис, групповой KAN.', [])).toBeNull();
  });

  it('GIVEN Chinese: 我们提出的X框架, 首先提出了X, 一种…方法X, 名为"X", X 是一个, a kind noun before a lower-case name THEN X', () => {
    expect(nameFromChinese('我们提出的MIMO框架能够通过简单的用户输入合成视频。')).toBe('MIMO');
    expect(nameFromChinese('引入的RACER框架结合了失败恢复数据。')).toBe('RACER');
    expect(nameFromChinese('本文提出了一种改进音频语言模型CLAP的方法。我们首先提出了ReCLAP模型，通过重写标题来训练。')).toBe('ReCLAP');
    expect(nameFromChinese('我们提出了一种多轮在线强化学习方法SCoRe，利用自生成的数据。')).toBe('SCoRe');
    expect(nameFromChinese('本研究提出了一种名为"Imagine yourself"的先进模型。')).toBe('Imagine yourself');
    expect(nameFromChinese('Seed-Music 是一个音乐生成系统，能够生成高质量的音乐。')).toBe('Seed-Music');
    expect(nameFromChinese('我们提出了一种新模型bge-en-icl，通过少量示例生成嵌入。')).toBe('bge-en-icl');
    expect(nameFromChinese('本文提出了一种新的提示技术，称为图像注意力提示（Attention Prompting on Image），旨在增强。')).toBe('Attention Prompting on Image');
    expect(nameFromChinese('我们特别提出的SL^{2}A-INR网络表现优越。')).toBe('SL²A-INR');
  });

  it('GIVEN a survey title THEN its summary names nothing', () => {
    expect(isSurveyTitle('One missing piece in Vision and Language: A Survey on Comics Understanding')).toBe(true);
    expect(isSurveyTitle('OmniGen: Unified Image Generation')).toBe(false);
  });
});
