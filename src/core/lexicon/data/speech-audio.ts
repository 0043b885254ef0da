/**
 * Lexicon block: speech, audio and music. Format: `../parse.ts`.
 * @module
 */
export const text = `
speech-processing > speech | speech processing; spoken language processing | обработка речи; обработка устной речи | 语音处理; 口语处理
speaker-recognition > speech | speaker recognition; speaker verification; speaker identification | распознавание диктора; верификация диктора; идентификация говорящего | 说话人识别; 说话人验证
speaker-diarization > speech | speaker diarization; diarization | диаризация; диаризация дикторов | 说话人日志; 说话人分离
voice-conversion > speech-synthesis | voice conversion; voice transfer; voice cloning | преобразование голоса; перенос голоса; клонирование голоса | 语音转换; 声音转换; 声音克隆
zero-shot-tts > speech-synthesis, zero-shot-learning | zero-shot speech synthesis; zero-shot TTS; zero-shot speech generation | синтез речи без примеров; синтез речи zero-shot | 零样本语音合成
expressive-speech > speech-synthesis | expressive speech; emotional speech; prosody | выразительная речь; эмоциональная речь; просодия | 表现力语音; 情感语音; 韵律
speech-translation > speech, machine-translation | speech translation; speech-to-speech translation; speech-to-text translation | перевод речи; речевой перевод | 语音翻译
spoken-language-understanding > speech, natural-language-understanding | spoken language understanding | понимание устной речи; понимание разговорной речи | 口语理解 | SLU
speech-llm > speech, llm | speech language model; spoken language model; speech LLM; audio language model | речевая языковая модель; аудиоязыковая модель | 语音大模型; 语音语言模型; 音频语言模型
speech-enhancement > speech | speech enhancement; speech denoising; noise suppression | улучшение речи; шумоподавление речи; подавление шума | 语音增强; 语音降噪
speech-separation > speech | speech separation; source separation; target sound extraction; sound extraction | разделение речи; разделение источников; извлечение целевого звука | 语音分离; 声源分离; 目标声音提取
audio-restoration > audio | audio restoration; audio enhancement; bandwidth extension | восстановление аудио; улучшение звука; расширение полосы | 音频修复; 音频增强; 带宽扩展
audio-classification > audio, classification | audio classification; sound classification; sound event detection; acoustic scene classification | классификация звуков; классификация аудио; обнаружение звуковых событий | 音频分类; 声音分类; 声音事件检测
audio-captioning > audio, captioning | audio captioning; audio captions; sound description; describing sounds | описание аудио; подписи к аудио; описание звуков; аудиокаптионинг | 音频描述; 音频字幕; 声音描述
audio-retrieval > audio, retrieval | audio retrieval; text-to-audio retrieval | поиск аудио; поиск звуков | 音频检索
audio-language > audio | audio-language model; audio-text; language-audio pretraining; audio knowledge | аудио-языковая модель; аудио и текст; знания об аудио | 音频语言模型; 音频文本; 音频知识 | CLAP
audio-tokenizer > audio-codec, tokenization | audio tokenizer; audio tokens; semantic tokens; acoustic tokens | аудиотокенизатор; аудиотокены; акустические токены | 音频分词器; 音频令牌; 声学令牌
vocoder > speech-synthesis | vocoder; neural vocoder; waveform generation | вокодер; нейронный вокодер; генерация волновой формы | 声码器; 神经声码器; 波形生成
spectrogram > audio | spectrogram; mel-spectrogram; mel spectrogram; waveform | спектрограмма; мел-спектрограмма; волновая форма | 频谱图; 梅尔频谱; 波形
music-generation > music, audio-generation | music generation; music composition; song generation; text-to-music | генерация музыки; сочинение музыки; генерация песен | 音乐生成; 音乐创作; 歌曲生成
symbolic-music > music | symbolic music; MIDI; MusicXML; sheet music; musical score | символьная музыка; нотная запись; ноты | 符号音乐; 乐谱 | MIDI; MusicXML
music-understanding > music | music understanding; music information retrieval; music tagging | понимание музыки; музыкальный информационный поиск | 音乐理解; 音乐信息检索 | MIR
singing-voice > music, speech | singing voice; singing voice synthesis; vocals | певческий голос; синтез пения; вокал* | 歌声; 歌声合成; 人声
instrument > music | musical instrument; guitar; piano; instruments | музыкальный инструмент; гитара; фортепиано | 乐器; 吉他; 钢琴
sound-effects > audio-generation | sound effects; foley; video-to-audio; audio for video | звуковые эффекты; озвучивание видео; звук для видео | 音效; 拟音; 视频配音; 视频生成音频
soundscape > audio | soundscape; acoustic environment; ambient sound | звуковой ландшафт; акустическая среда; фоновые звуки | 声景; 声学环境; 环境声
spatial-audio > audio | spatial audio; binaural; ambisonics | пространственный звук; бинауральн* | 空间音频; 双耳
audio-visual-learning > audio-visual | audio-visual learning; audio-visual correspondence; audio-visual speech | аудиовизуальное обучение; аудиовизуальное соответствие | 视听学习; 视听对应
voice-assistant > spoken-dialogue | voice assistant; speech assistant; voice interface | голосовой ассистент; голосовой помощник; голосовой интерфейс | 语音助手; 语音交互
end-to-end-speech > speech | end-to-end speech; end-to-end spoken; speech-in speech-out | сквозная обработка речи; сквозн* речев* | 端到端语音
phoneme > speech | phoneme; phonemes; phonetic | фонем*; фонемы; фонетическ* | 音素; 音标
keyword-spotting > speech-recognition | keyword spotting; wake word | обнаружение ключевых слов; слово активации | 关键词检测; 唤醒词
audio-deepfake > deepfake-detection, speech | audio deepfake; spoofing; anti-spoofing; fake speech | аудиодипфейк; спуфинг; антиспуфинг; поддельная речь | 音频深度伪造; 语音欺骗; 反欺骗
bitrate > audio-codec | bitrate; low bitrate; kbps | битрейт*; низкий битрейт | 码率; 低码率; 比特率; 低比特率; 超低比特率
sign-language > multimodal | sign language; sign language recognition; sign language translation | язык жестов; жестовый язык; распознавание жестового языка | 手语; 手语识别; 手语翻译
`;
