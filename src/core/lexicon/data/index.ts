/**
 * The lexicon's data blocks, one per field of machine learning (format: `../parse.ts`). Add a block by
 * adding a file and listing it here.
 * @module
 */
import { text as agentsData } from './agents-data.ts';
import { text as architectures } from './architectures.ts';
import { text as computing } from './computing.ts';
import { text as deepLearning } from './deep-learning.ts';
import { text as domains } from './domains.ts';
import { text as embodied } from './embodied.ts';
import { text as llm } from './llm.ts';
import { text as generation } from './generation.ts';
import { text as language } from './language.ts';
import { text as languageTasks } from './language-tasks.ts';
import { text as mathStats } from './math-stats.ts';
import { text as mlCore } from './ml-core.ts';
import { text as models } from './models.ts';
import { text as nlp } from './nlp.ts';
import { text as perception } from './perception.ts';
import { text as rlRobotics } from './rl-robotics.ts';
import { text as sciences } from './sciences.ts';
import { text as speechAudio } from './speech-audio.ts';
import { text as structured } from './structured.ts';
import { text as systems } from './systems.ts';
import { text as topics } from './topics.ts';
import { text as training } from './training.ts';
import { text as visionTasks } from './vision-tasks.ts';
import { text as trust } from './trust.ts';
import { text as vision } from './vision.ts';
import { text as xLearning } from './x-learning.ts';
import { text as xLanguage } from './x-language.ts';
import { text as xVision } from './x-vision.ts';
import { text as xAudioRobotics } from './x-audio-robotics.ts';
import { text as xScience } from './x-science.ts';
import { text as xDataEval } from './x-data-eval.ts';
import { text as xMath } from './x-math.ts';
import { text as xArchitectures } from './x-architectures.ts';
import { text as xTasks } from './x-tasks.ts';
import { text as xFields } from './x-fields.ts';
import { text as yMethods } from './y-methods.ts';
import { text as yTasks } from './y-tasks.ts';
import { text as yEvalSystems } from './y-eval-systems.ts';
import { text as yDomains } from './y-domains.ts';
import { text as yMore } from './y-more.ts';

export const lexiconBlocks: readonly { name: string; text: string }[] = [
  { name: 'topics', text: topics },
  { name: 'ml-core', text: mlCore },
  { name: 'deep-learning', text: deepLearning },
  { name: 'nlp', text: nlp },
  { name: 'llm', text: llm },
  { name: 'vision', text: vision },
  { name: 'speech-audio', text: speechAudio },
  { name: 'rl-robotics', text: rlRobotics },
  { name: 'math-stats', text: mathStats },
  { name: 'systems', text: systems },
  { name: 'structured', text: structured },
  { name: 'domains', text: domains },
  { name: 'trust', text: trust },
  { name: 'generation', text: generation },
  { name: 'agents-data', text: agentsData },
  { name: 'computing', text: computing },
  { name: 'training', text: training },
  { name: 'perception', text: perception },
  { name: 'language', text: language },
  { name: 'models', text: models },
  { name: 'sciences', text: sciences },
  { name: 'architectures', text: architectures },
  { name: 'vision-tasks', text: visionTasks },
  { name: 'language-tasks', text: languageTasks },
  { name: 'embodied', text: embodied },
  { name: 'x-learning', text: xLearning },
  { name: 'x-language', text: xLanguage },
  { name: 'x-vision', text: xVision },
  { name: 'x-audio-robotics', text: xAudioRobotics },
  { name: 'x-science', text: xScience },
  { name: 'x-data-eval', text: xDataEval },
  { name: 'x-math', text: xMath },
  { name: 'x-architectures', text: xArchitectures },
  { name: 'x-tasks', text: xTasks },
  { name: 'x-fields', text: xFields },
  { name: 'y-methods', text: yMethods },
  { name: 'y-tasks', text: yTasks },
  { name: 'y-eval-systems', text: yEvalSystems },
  { name: 'y-domains', text: yDomains },
  { name: 'y-more', text: yMore },
];
