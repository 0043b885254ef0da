/**
 * Lexicon block: generative modelling in detail — image, video and 3D generation techniques, conditioning,
 * editing, personalisation. Format: `../parse.ts`.
 * @module
 */
export const text = `
# === Diffusion techniques
noise-schedule > diffusion-model | noise schedule; noise scheduler; variance schedule | расписание шума; планировщик шума | 噪声调度; 噪声计划
diffusion-sampler > diffusion-model, sampling | diffusion sampler; DDIM sampling; DPM-Solver; sampling steps | сэмплер диффузии; шаги сэмплирования | 扩散采样器; 采样步数
few-step-generation > diffusion-model, inference-acceleration | one-step generation; few-step generation; single-step generation; one-step diffusion; few-step sampling | генерация за один шаг; генерация за несколько шагов; одношаговая генерация; одношагов* | 单步生成; 少步生成; 一步生成
diffusion-distillation > diffusion-model, distillation | diffusion distillation; progressive distillation; adversarial distillation; score distillation | дистилляция диффузии; прогрессивная дистилляция; дистилляция оценок | 扩散蒸馏; 渐进蒸馏; 分数蒸馏
score-distillation-sampling > diffusion-distillation, text-to-3d | score distillation sampling; SDS | сэмплирование с дистилляцией оценок | 分数蒸馏采样 | SDS
guidance > diffusion-model | guided generation; guidance scale; high guidance; classifier guidance | масштаб наведения; наведение классификатором | 引导生成; 引导尺度; 分类器引导
oversaturation > guidance | oversaturation; over-saturated; saturation artifacts | перенасыщенность; перенасыщен*; артефакты перенасыщения | 过饱和; 过饱和伪影
latent-space-generation > latent-diffusion | latent generation; latent video; video latent | генерация в латентном пространстве; латентное видео | 潜在生成; 潜在视频
discrete-diffusion > diffusion-model | discrete diffusion; masked diffusion | дискретная диффузия; маскированная диффузия | 离散扩散; 掩码扩散
diffusion-fine-tuning > diffusion-model, fine-tuning | fine-tuning diffusion models; diffusion fine-tuning; post-training diffusion | дообучение диффузионных моделей; дообучение диффузии | 扩散模型微调
reward-guided-diffusion > diffusion-model, reward-model | reward fine-tuning of diffusion; diffusion RLHF; aesthetic reward | дообучение диффузии по вознаграждению; эстетическое вознаграждение | 扩散奖励微调; 美学奖励
image-conditional > controllable-generation | image-conditional; image conditioning; reference image; reference-based | обусловленный изображением; референсное изображение; на основе референса | 图像条件; 参考图像; 基于参考
controlnet > controllable-generation | ControlNet; spatial control; structural guidance; depth conditioning | пространственное управление; структурное наведение | 空间控制; 结构引导 | ControlNet
autoregressive-image-generation > image-generation, autoregressive-model | autoregressive image generation; visual autoregressive; image tokens generation | авторегрессионная генерация изображений | 自回归图像生成
masked-generative > image-generation, masked-modeling | masked generative transformer; masked token prediction; MaskGIT | маскированный генеративный трансформер; предсказание маскированных токенов | 掩码生成变换器; 掩码令牌预测 | MaskGIT

# === Image generation details
subject-driven > personalization, image-generation | subject-driven generation; personalized generation; identity preservation; DreamBooth | генерация по субъекту; персонализированная генерация; сохранение идентичности | 主体驱动生成; 个性化生成; 身份保持 | DreamBooth
identity-consistency > subject-driven | identity consistency; character consistency; consistent characters; identity preserving | согласованность идентичности; согласованность персонажей; последовательные персонажи | 身份一致性; 角色一致性; 一致角色
multi-subject > subject-driven | multi-subject; multiple subjects; multi-character | несколько субъектов; несколько персонажей; мультисубъектн* | 多主体; 多角色
image-variation > image-generation | image variation; image-to-image translation; image translation | вариации изображений; преобразование изображений; трансляция изображений | 图像变体; 图像到图像转换; 图像翻译
instruction-editing > image-editing, instruction-following | instruction-based editing; instruction-guided image editing; text-guided editing | редактирование по инструкциям; редактирование по текстовому описанию | 指令编辑; 指令引导图像编辑; 文本引导编辑
local-editing > image-editing | local editing; region editing; mask-based editing; dynamic mask | локальное редактирование; редактирование областей; редактирование по маске; динамическая маска | 局部编辑; 区域编辑; 基于掩码的编辑; 动态掩码
drag-editing > image-editing | drag-based editing; point-based editing; drag instruction | редактирование перетаскиванием; перетаскивание; редактирование по точкам | 拖拽编辑; 基于点的编辑; 拖拽
image-composition > image-editing | image composition; object insertion; compositing | композиция изображений; вставка объектов; композитинг | 图像合成编辑; 物体插入
layout-to-image > controllable-generation | layout-to-image; layout control; layout generation | генерация по макету; управление макетом; генерация макета | 布局到图像; 布局控制; 布局生成
text-rendering > image-generation | text rendering; typography; visual text | отрисовка текста; типографика; визуальный текст | 文字渲染; 排版; 视觉文本
aesthetics > image-quality | aesthetics; aesthetic quality; visual appeal | эстетика; эстетическое качество; визуальная привлекательность | 美学; 美学质量; 视觉吸引力
anime > creative-ai | anime; anime-style; illustration | аниме; в стиле аниме; иллюстрация | 动漫; 动画风格; 插画
storytelling-visual > story-generation, image-generation | visual storytelling; story visualization; comic generation | визуальное повествование; визуализация истории; генерация комиксов | 视觉叙事; 故事可视化; 漫画生成
image-tokenizer > tokenization, image-generation | image tokenizer; visual tokenizer; VQGAN | токенизатор изображений; визуальный токенизатор | 图像分词器; 视觉分词器 | VQGAN

# === Video generation details
image-to-video > video-generation | image-to-video; image animation into video; animating a still image | изображение в видео | 图像到视频; 图生视频
video-diffusion > video-generation, diffusion-model | video diffusion model; video diffusion | видеодиффузионная модель; диффузия видео | 视频扩散模型; 视频扩散
human-video-generation > video-generation, character-animation | human video generation; human image animation; pose-guided video | генерация видео с людьми; анимация изображения человека | 人体视频生成; 人像动画
camera-control > video-generation | camera control; camera motion; camera trajectory | управление камерой; движение камеры; траектория камеры | 相机控制; 相机运动; 相机轨迹
video-prediction > video, forecasting | video prediction; future frame prediction | предсказание видео; предсказание будущих кадров | 视频预测; 未来帧预测
video-to-audio > sound-effects, video | video-to-audio; audio for video; temporally aligned audio | видео в аудио; звук для видео; синхронизированный звук | 视频到音频; 视频配乐; 时间对齐音频
world-simulator > world-model, video-generation | world simulator; interactive video; game generation | симулятор мира; интерактивное видео; генерация игр | 世界模拟器; 交互视频; 游戏生成

# === 3D and 4D generation details
3d-asset > text-to-3d | 3D asset; 3D assets; 3D model generation; 3D object | 3D-ассет; трехмерный объект; трёхмерная модель | 三维资产; 三维物体; 三维模型
image-to-3d > text-to-3d | image-to-3D; single-image 3D; single image reconstruction | изображение в 3D; 3D по одному изображению; реконструкция по одному изображению | 图像到三维; 单图三维; 单图重建
3d-avatar > avatar, text-to-3d | 3D avatar; 3D human; human avatar; animatable avatar | 3D-аватар; трехмерный аватар; анимируемый аватар | 三维头像; 三维人体; 可驱动数字人
4d-generation > 4d, generative-model | 4D generation; dynamic 3D generation; 4D content | генерация 4D; динамическая 3D-генерация | 四维生成; 动态三维生成
scene-generation > 3d, generative-model | 3D scene generation; scene synthesis; room layout | генерация сцен; синтез сцен; планировка помещения | 场景生成; 场景合成; 房间布局
primitives > 3d | primitives; geometric primitives; primitive-based | примитивы; геометрические примитивы | 基元; 几何基元
texture-generation > texture, generative-model | texture generation; texture synthesis; texturing 3D | генерация текстур; синтез текстур; текстурирование | 纹理生成; 纹理合成; 三维纹理
neural-fields > implicit-neural-representation | neural fields; neural field | нейронные поля | 神经场; 神经辐射
volumetric-rendering > rendering | volume rendering; volumetric rendering; ray marching | объемный рендеринг; объёмный рендеринг; трассировка лучей | 体渲染; 光线步进
mesh-generation > mesh, generative-model | mesh generation; mesh reconstruction; triangle mesh | генерация сеток; реконструкция сетки; треугольная сетка | 网格生成; 网格重建
motion-generation > motion, generative-model | motion generation; human motion generation; text-to-motion; motion synthesis | генерация движений; синтез движений; текст в движение | 运动生成; 人体运动生成; 文本到动作; 动作合成
`;
