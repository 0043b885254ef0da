/**
 * Lexicon block (second round): vision, 3D, image/video generation and multimodal vocabulary not in the
 * first blocks. Format: `../parse.ts`; how entries were checked: `../REVIEW.md`.
 * @module
 */
export const text = `
# === Recognition and detection
small-object-detection > object-detection | small object detection; tiny objects | обнаружение малых объектов; детекция мелких объектов | 小目标检测
rotated-detection > object-detection, rotation, bounding-box | oriented object detection; rotated bounding boxes | обнаружение ориентированных объектов; повёрнутые ограничивающие рамки | 旋转目标检测; 有向目标检测
real-time-detection > object-detection, streaming, real-time-system | real-time object detection; real-time detector | обнаружение объектов в реальном времени; детектор реального времени | 实时目标检测; 实时检测器
detr > object-detection, transformer | detection transformer | детектирующий трансформер | 检测变换器
anchor-free > object-detection | anchor-free; anchor boxes; anchor-based | безъякорн*; якорные рамки | 无锚框; 锚框
non-maximum-suppression > object-detection | non-maximum suppression | подавление немаксимумов | 非极大值抑制 | NMS
grounding-dino > open-vocabulary-detection | grounded detection; open-set object detection; grounding detector | обнаружение объектов по текстовому описанию | 开放集目标检测; 文本引导检测
salient-object-detection > object-detection | salient object detection; saliency detection | обнаружение заметных объектов; обнаружение значимых объектов | 显著目标检测; 显著性检测
camouflaged-object > object-detection | camouflaged object detection; camouflaged objects | обнаружение замаскированных объектов | 伪装目标检测
crowd-counting > object-counting | crowd density | плотность толпы | 人群密度
medical-detection > medical-imaging, object-detection, cancer | lesion detection; nodule detection; tumor detection | обнаружение поражений; обнаружение опухолей; обнаружение узелков | 病灶检测; 结节检测; 肿瘤检测
defect-detection > visual-anomaly, manufacturing | surface defects | поверхностные дефекты | 表面缺陷
fine-grained-classification > fine-grained-recognition | fine-grained categories | мелкозернистая классификация | 细粒度类别
long-tailed-recognition > class-imbalance, distribution | long-tailed recognition; long-tailed distribution | распознавание с длинным хвостом; распределение с длинным хвостом | 长尾识别; 长尾分布
zero-shot-detection > object-detection, zero-shot-learning | zero-shot detection; zero-shot object detection | обнаружение без примеров; детекция объектов без примеров | 零样本检测; 零样本目标检测
few-shot-segmentation > segmentation, few-shot-learning | few-shot segmentation | сегментация по нескольким примерам | 小样本分割
interactive-segmentation > segmentation | interactive segmentation; click-based segmentation; promptable segmentation | интерактивная сегментация; сегментация по подсказкам | 交互式分割; 可提示分割
matting-segmentation > segmentation, image-matting | foreground extraction; background subtraction | выделение переднего плана; вычитание фона | 背景去除; 前景提取; 背景减除
medical-segmentation-organs > medical-image-segmentation | lesion segmentation | сегментация поражений | 病灶分割
road-scene > autonomous-driving, transportation | road scene; traffic scenes; traffic sign recognition | дорожная сцена; дорожные сцены; распознавание дорожных знаков | 道路场景; 交通场景; 交通标志识别
bird-eye-view > autonomous-driving, 3d-detection, visual-perception | BEV perception | вид с высоты птичьего полёта | 鸟瞰视角
multi-camera > multi-view | multi-camera; surround-view cameras | многокамерн*; камеры кругового обзора | 多摄像头; 环视相机
visual-odometry > slam, camera-pose, motion | ego-motion | собственное движение камеры | 自运动
place-recognition > visual-localization | visual place recognition; loop closure | визуальное распознавание мест; замыкание цикла | 视觉地点识别; 回环检测
image-matching > image-registration, image, keypoint-detection | image matching; feature matching; keypoint matching | сопоставление изображений; сопоставление признаков; сопоставление ключевых точек | 图像匹配; 特征匹配; 关键点匹配
homography > image-registration, image | homography; image alignment | гомография; выравнивание изображений | 单应性; 图像对齐
image-retrieval-composed > visual-search | composed image retrieval | составной поиск изображений | 组合图像检索
sketch-retrieval > visual-search, sketch | sketch-based image retrieval | поиск изображений по эскизу | 草图检索
person-search > re-identification, retrieval | person search; pedestrian retrieval | поиск людей; поиск пешеходов | 行人检索; 行人搜索
face-anti-spoofing > face, security | face anti-spoofing; liveness detection; presentation attack | защита от спуфинга лица; обнаружение живости | 人脸防伪; 活体检测
facial-expression > face, emotion | facial expression recognition; facial expressions; facial action units | распознавание выражений лица; выражения лица; мимика | 面部表情识别; 面部表情; 人脸表情
face-generation > face, image-generation | face generation; face synthesis; talking face; talking head | генерация лиц; синтез лиц; говорящая голова; говорящее лицо | 人脸生成; 人脸合成; 说话人脸; 说话头像; 说话人头像
face-swap > face, deepfake-detection | face swapping; face swap; face reenactment | замена лица; перенос лица; реконструкция мимики | 换脸; 人脸替换; 人脸重演
age-estimation > face | age estimation; facial age | оценка возраста | 年龄估计
hand-pose > human-pose, hand-reconstruction, object-tracking | hand pose estimation; hand tracking | оценка позы руки; поза кисти; отслеживание рук | 手部姿态估计; 手部跟踪
human-object-interaction > scene-understanding | human-object interaction; HOI detection | взаимодействие человека с объектом; взаимодействие человек-объект | 人物交互; 人与物体交互 | HOI
activity-recognition > action-recognition | human activity recognition | распознавание деятельности человека | 活动识别; 人体活动识别 | HAR
video-grounding > video-understanding, temporal-action-localization, temporal-reasoning | video grounding | привязка к видео; временная привязка | 视频定位
video-tracking-sam > video-object-segmentation | segment anything in videos | сегментация видео | 视频分割
visual-tracking > object-tracking | visual object tracking; single object tracking | визуальное отслеживание объектов; отслеживание одиночного объекта | 视觉目标跟踪; 单目标跟踪
# === Low-level vision and imaging
image-dehazing > weather-removal, image | image dehazing | устранение тумана | 图像去雾
deraining > weather-removal | rain removal | удаление дождя; удаление снега | 去雨; 去雪
underwater-image > image-restoration | underwater images; underwater image enhancement | подводные изображения; улучшение подводных снимков | 水下图像; 水下图像增强
blind-restoration > image-restoration | blind image restoration; all-in-one restoration; real-world degradation | слепое восстановление изображений; реальные искажения | 盲图像恢复; 一体化图像恢复; 真实退化
face-restoration > image-restoration, face | face restoration; blind face restoration | восстановление лиц; восстановление изображений лиц | 人脸修复; 人脸复原
old-photo > image-restoration, image | old photo restoration; photo restoration; film restoration | восстановление старых фотографий; реставрация фотографий | 老照片修复; 照片修复
image-outpainting > inpainting, image | image extrapolation | дорисовка за пределами изображения; экстраполяция изображения | 图像外扩; 外绘
shadow-removal > image-restoration | shadow detection | обнаружение теней | 阴影检测
demosaicing > image-restoration, image, signal-processing | demosaicing; raw image; image signal processing; ISP | демозаикинг; сырые изображения; обработка сигнала изображения | 去马赛克; 原始图像; 图像信号处理
computational-photography > image | computational photography; camera imaging | вычислительная фотография | 计算摄影
image-fusion > image-restoration, feature-fusion, image, thermal-imaging | image fusion; infrared and visible; multi-focus fusion | слияние изображений; инфракрасные и видимые изображения | 图像融合; 红外与可见光融合
video-restoration > image-restoration, video, deblurring, denoising, video-inpainting | video restoration; video deblurring; video denoising | восстановление видео; удаление размытия видео; шумоподавление видео | 视频去模糊; 视频去噪
video-compression > image-compression, video | video coding; neural video codec | кодирование видео; нейронный видеокодек; видеокодек; видеокодеки | 视频编码; 神经视频编解码
learned-compression > image-compression, neural-network | learned image compression; neural image compression | обученное сжатие изображений; нейросетевое сжатие изображений | 学习型图像压缩; 神经图像压缩
image-quality-assessment > image-quality, evaluation, image, visual-perception | image quality assessment; no-reference quality | оценка качества изображений; безэталонная оценка качества; воспринимаемое качество | 图像质量评估; 无参考质量评价; 感知质量 | IQA
# === 3D and geometry
monocular-3d > 3d-reconstruction, image-to-3d | single-image 3D reconstruction; monocular 3D; monocular reconstruction | монокулярная трёхмерная реконструкция | 单图三维重建; 单目三维重建
multi-view-stereo > stereo, multi-view, structure-from-images | multi-view stereo; MVS | многоракурсное стерео | 多视图立体视觉
surface-reconstruction > 3d-reconstruction, mesh, implicit-representation | surface reconstruction; signed distance function; SDF | знаковая функция расстояния | 符号距离函数
occupancy-field > neural-fields, occupancy | occupancy networks; occupancy field | сети занятости; поле занятости | 占用网络; 占用场
dynamic-scene > 4d | dynamic scene reconstruction; dynamic scenes; deformable scenes | реконструкция динамических сцен; динамические сцены | 动态场景重建
large-scale-scene > 3d-reconstruction, large-scale, urban | large-scale scene reconstruction; city-scale; urban scenes | реконструкция крупномасштабных сцен; городские сцены | 大规模场景重建; 城市场景
indoor-scene > scene-understanding, scene-generation | indoor scenes; indoor scene | сцены в помещении; внутренние сцены | 室内场景
outdoor-scene > scene-understanding | outdoor scenes; outdoor environments | сцены на открытом воздухе; уличные сцены | 室外场景
point-cloud-completion > point-cloud, shape-completion | point cloud completion | достраивание облака точек | 点云补全
point-cloud-segmentation > point-cloud, 3d-segmentation, classification | point cloud classification | классификация облаков точек | 点云分类
point-cloud-registration > point-cloud, image-registration | point cloud registration | регистрация облаков точек; совмещение облаков точек | 点云配准
lidar-segmentation > lidar, 3d-segmentation, point-cloud | LiDAR segmentation; LiDAR point clouds | сегментация лидарных данных; лидарные облака точек | 激光雷达分割; 激光雷达点云
cad > 3d, manufacturing | CAD; computer-aided design; CAD models | автоматизированное проектирование; САПР; модели САПР | 计算机辅助设计 | CAD
shape-generation > 3d-asset | 3D shape generation; shape generation; 3D shapes | генерация трёхмерных форм; генерация форм; трёхмерные формы | 三维形状生成; 形状生成
text-to-motion > motion-generation | text-driven motion generation | генерация движения по тексту | 文本驱动动作生成
dance-generation > motion-generation, music | dance generation; music-to-dance | генерация танца; танец под музыку | 舞蹈生成; 音乐到舞蹈
human-motion-prediction > motion, video-prediction, prediction, trajectory-forecasting | human motion prediction | предсказание движения человека | 人体运动预测
gaussian-avatar > 3d-avatar, gaussian-splatting, character-animation | Gaussian avatars; animatable Gaussians | гауссовы аватары | 高斯化身; 可驱动高斯
clothed-human > human-reconstruction | clothed humans; clothed human reconstruction; garment reconstruction | реконструкция одетого человека; реконструкция одежды | 着装人体重建; 服装重建
hair-modeling > 3d-avatar | hair modeling; hair reconstruction; 3D hair | моделирование волос; реконструкция волос; трёхмерные волосы | 头发建模; 头发重建
pose-free > camera-pose, image | pose-free; unposed images; without camera poses | без поз камеры; без известных поз камеры | 无位姿; 无需相机位姿
camera-calibration > camera-pose | camera calibration; intrinsics; extrinsics | калибровка камеры; внутренние параметры камеры; внешние параметры камеры | 相机标定; 相机内参; 相机外参
feed-forward-3d > 3d-reconstruction | feed-forward 3D reconstruction; feed-forward Gaussian; generalizable reconstruction | прямая трёхмерная реконструкция; обобщаемая реконструкция | 前馈三维重建; 可泛化重建
# === Image and video generation
text-to-video > video-generation | text-to-video generation | генерация видео по тексту | 文本生成视频
video-editing-text > video-editing | text-driven video editing; video editing with text | редактирование видео по тексту | 文本驱动视频编辑
long-video-generation > video-generation, long-video | long video generation; minute-long videos | генерация длинных видео | 长视频生成
talking-avatar > human-video-generation, face-generation, avatar, audio | talking avatar | говорящий аватар | 说话头像生成
text-to-image-eval > text-to-image, evaluation, vision-language, image, image-text-pairs | text-to-image evaluation; prompt alignment; image-text alignment | оценка генерации изображений по тексту; соответствие изображения тексту | 文生图评估; 图文对齐
image-prompt > image-conditional, image | image prompt; image prompts | изображение-подсказка; эталонное изображение | 图像提示
style-personalization > subject-driven, style-transfer | style personalization; style-consistent generation | персонализация стиля | 风格个性化
concept-erasure > diffusion-model, safety, machine-unlearning | concept erasure; concept removal; unlearning concepts | стирание концептов; удаление концептов | 概念擦除; 概念移除
nsfw > harmful-content, image | NSFW; unsafe images; explicit content | небезопасные изображения; откровенный контент | 不安全图像; 色情内容 | NSFW
image-super-resolution-diffusion > super-resolution, diffusion-model | diffusion-based super-resolution | суперразрешение на основе диффузии | 基于扩散的超分辨率
visual-autoregressive > autoregressive-image-generation | visual autoregressive modeling; next-scale prediction | визуальное авторегрессионное моделирование; предсказание следующего масштаба | 视觉自回归建模; 下一尺度预测 | VAR
mask-guided > image-conditional, segmentation, guidance | mask-guided; segmentation mask conditioning; mask conditioning | управление маской; генерация по маске | 掩码引导; 掩码条件
depth-conditioned > image-conditional, depth-estimation, controlnet, guidance | depth-conditioned; depth-guided | управление картой глубины; генерация по карте глубины | 深度引导; 深度条件
logo-design > creative-ai | logo design; graphic design; poster design | дизайн логотипов; графический дизайн; дизайн постеров | 标志设计; 平面设计; 海报设计
font-generation > text-rendering | font generation; glyph generation | генерация шрифтов; генерация глифов | 字体生成; 字形生成
image-captioning-dense > image-captioning, image | dense captioning; detailed captions; detailed image descriptions | плотное описание; подробные подписи; подробные описания изображений | 密集描述; 详细描述; 详细图像描述
video-text > video-understanding, vision-language, video-llm, language-model | video-text; video-language; video-language models | видео и текст; видео-языковые модели | 视频文本
ui-understanding > gui | UI understanding; screen understanding | понимание интерфейса; понимание экрана | 界面理解; 屏幕理解
visual-grounding-gui > gui, vision-language | GUI grounding; element grounding | привязка к элементам интерфейса | 界面元素定位
visual-token-compression > token-reduction, vlm, visual-tokens, image-tokenizer, compression, pruning, tokenization | visual token compression; visual token pruning | сжатие визуальных токенов; прореживание визуальных токенов | 视觉令牌压缩; 视觉词元剪枝
multimodal-pretraining > pretraining, multimodal, vision-language | multimodal pretraining; vision-language pretraining | мультимодальное предобучение; визуально-языковое предобучение | 多模态预训练; 视觉语言预训练 | VLP
interleaved-generation > multimodal, image-generation, interleaved-data, image | interleaved image-text generation; interleaved generation | чередующаяся генерация текста и изображений | 图文交错生成; 交错生成
any-to-any > omni-model, modality | any-to-any generation | из любой модальности в любую | 任意模态生成
`;
