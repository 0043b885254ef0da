/**
 * Lexicon block: vision tasks in detail — recognition, video tasks, restoration, editing, 3D shape.
 * Format: `../parse.ts`.
 * @module
 */
export const text = `
fine-grained-recognition > image-classification | fine-grained recognition; fine-grained classification; species recognition | тонкое распознавание; тонкая классификация; распознавание видов | 细粒度识别; 细粒度分类
zero-shot-classification > image-classification, zero-shot-learning | zero-shot classification; zero-shot image classification; zero-shot audio classification | классификация без примеров; классификация изображений без примеров; нулевая классификация | 零样本分类; 零样本图像分类
object-counting > computer-vision | object counting; crowd counting; counting | подсчет объектов; подсчёт объектов; подсчет толпы | 目标计数; 人群计数; 计数
scene-text > ocr | scene text recognition; scene text detection; text spotting | распознавание текста на сценах; обнаружение текста на изображениях | 场景文本识别; 场景文本检测
image-forensics > deepfake-detection | image forensics; manipulation detection; tampering | криминалистика изображений; обнаружение подделок; подделка | 图像取证; 篡改检测
open-vocabulary-segmentation > segmentation, open-world-learning | open-vocabulary segmentation; open-vocabulary semantic segmentation | сегментация с открытым словарем | 开放词汇分割
video-object-segmentation > segmentation, video | video object segmentation; video segmentation | сегментация объектов в видео; сегментация видео | 视频目标分割; 视频分割 | VOS
multi-object-tracking > object-tracking | multi-object tracking; MOT; tracking by detection | отслеживание нескольких объектов; трекинг множества объектов | 多目标跟踪 | MOT
trajectory-forecasting > trajectory, forecasting | trajectory forecasting; motion forecasting; pedestrian trajectory | прогнозирование траекторий; прогнозирование движения; траектории пешеходов | 轨迹预测; 运动预测; 行人轨迹
pedestrian-detection > object-detection | pedestrian detection; person detection | обнаружение пешеходов; обнаружение людей | 行人检测; 人体检测
gaze-estimation > face | gaze estimation; eye tracking | оценка направления взгляда; отслеживание взгляда | 视线估计; 眼动追踪
gesture-recognition > action-recognition | gesture recognition; hand gestures | распознавание жестов; жесты рук | 手势识别
lane-detection > autonomous-driving | lane detection; road segmentation; traffic signs | обнаружение полос движения; сегментация дороги; дорожные знаки | 车道线检测; 道路分割; 交通标志
image-registration > computer-vision | image registration; alignment of images; image stitching | регистрация изображений; совмещение изображений; сшивка изображений | 图像配准; 图像拼接
shape-completion > 3d | shape completion; point cloud completion; shape analysis | достраивание формы; дополнение облака точек; анализ формы | 形状补全; 点云补全; 形状分析
3d-editing > 3d, image-editing | 3D editing; scene editing; NeRF editing; Gaussian editing | редактирование 3D; редактирование сцен | 三维编辑; 场景编辑
appearance-transfer > style-transfer | appearance transfer; texture transfer; material transfer | перенос внешнего вида; перенос текстуры; перенос материала | 外观迁移; 纹理迁移; 材质迁移
virtual-try-on > fashion, image-editing | virtual try-on; garment transfer; outfit | виртуальная примерка; перенос одежды | 虚拟试穿; 服装迁移
image-harmonization > image-editing | image harmonization; shadow generation; shadow removal | гармонизация изображений; генерация теней; удаление теней | 图像协调; 阴影生成; 阴影去除
weather-removal > image-restoration | dehazing; deraining; desnowing; haze removal | удаление дымки; удаление дождя; удаление снега | 去雾; 去雨; 去雪
video-super-resolution > super-resolution, video | video super-resolution; video upscaling | сверхразрешение видео; повышение разрешения видео | 视频超分辨率
video-frame-interpolation > video-frames | video frame interpolation; frame rate upsampling; slow motion | интерполяция кадров видео; повышение частоты кадров; замедленная съемка | 视频插帧; 帧率提升; 慢动作
video-inpainting > inpainting, video | video inpainting; object removal in video | инпейнтинг видео; удаление объектов из видео | 视频修复; 视频物体移除
video-quality > image-quality, video | video quality assessment; video quality | оценка качества видео; качество видео | 视频质量评估; 视频质量
video-summarization > video-understanding, summarization | video summarization; video highlights | суммаризация видео; ключевые моменты видео | 视频摘要; 视频精彩片段
video-retrieval > video-understanding, retrieval | video retrieval; text-to-video retrieval; video search | поиск видео; поиск видео по тексту | 视频检索; 文本到视频检索
video-qa > video-understanding, question-answering | video question answering; video QA | ответы на вопросы по видео | 视频问答
temporal-action-localization > action-recognition | temporal action localization; temporal grounding; moment retrieval | временная локализация действий; поиск моментов | 时序动作定位; 时序定位; 片段检索
video-anomaly > anomaly-detection, video | video anomaly detection; surveillance | обнаружение аномалий в видео; видеонаблюдение | 视频异常检测; 监控
body-mesh-recovery > human-pose, 3d | human mesh recovery; body shape estimation; 3D human pose | восстановление сетки тела; оценка формы тела; трехмерная поза человека | 人体网格恢复; 人体形状估计; 三维人体姿态
animal-pose > keypoint-detection | animal pose; animal behavior | поза животных; поведение животных | 动物姿态; 动物行为
dense-video-understanding > video-understanding | dense temporal reasoning; fine-grained video understanding; dense video | плотное понимание видео; детальное понимание видео | 密集视频理解; 细粒度视频理解
short-video > video | short videos; short video clips; video clips | короткие видео; короткие ролики; видеоклипы | 短视频; 视频片段
lineart > sketch | lineart; line art; line drawing | штриховой рисунок; контурный рисунок; лайн-арт | 线稿; 线条画
character-drawing > sketch, character-animation | character drawings; cartoon characters; 2D characters | рисунки персонажей; мультяшные персонажи; двухмерные персонажи | 角色绘画; 卡通角色; 二维角色
spin-up > character-animation, 3d | 3D animation from drawings; turning drawings into 3D | 3D-анимация по рисункам | 从绘画生成三维动画
photorealism > image-quality | photorealistic; photorealism; realistic images | фотореалистичн*; фотореализм; реалистичные изображения | 照片级真实; 写实
visual-consistency > image-generation | visual consistency; subject consistency; coherence across images | визуальная согласованность; согласованность объекта | 视觉一致性; 主体一致性
high-fidelity > image-quality | high-fidelity; high fidelity; high-quality generation | высокая точность воспроизведения; высококачественн* генераци* | 高保真; 高质量生成
visual-anagram > image-generation | optical illusions; visual illusions; hidden images | оптические иллюзии; зрительные иллюзии; скрытые изображения | 视错觉; 光学幻觉
`;
