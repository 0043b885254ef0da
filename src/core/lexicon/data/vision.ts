/**
 * Lexicon block: computer vision — recognition, detection, low-level vision, image and video analysis.
 * Format: `../parse.ts`.
 * @module
 */
export const text = `
# === Field and basics
computer-vision | computer vision; visual recognition; vision tasks | компьютерное зрение; машинное зрение; зрительное восприятие | 计算机视觉; 机器视觉; 视觉任务 | CV
image | image; images; picture; photo; photograph | изображение; изображения; картинка; фотография; снимок | 图像; 图片; 照片
image-classification > computer-vision, classification | image classification; image recognition; visual classification | классификация изображений; распознавание изображений | 图像分类; 图像识别
object-recognition > computer-vision | object recognition; visual recognition; recognizing objects | распознавание объектов; распознавание предметов | 物体识别; 目标识别
open-vocabulary-detection > object-detection, open-world-learning | open-vocabulary detection; open-vocabulary object detection; open-set detection | обнаружение с открытым словарем; детекция с открытым словарём | 开放词汇检测; 开放词汇目标检测
semantic-segmentation > segmentation | semantic segmentation | семантическая сегментация | 语义分割
instance-segmentation > segmentation | instance segmentation | сегментация экземпляров; инстанс-сегментация | 实例分割
panoptic-segmentation > segmentation | panoptic segmentation | паноптическая сегментация | 全景分割
referring-segmentation > segmentation, vision-language | referring segmentation; referring expression; visual grounding; phrase grounding | сегментация по описанию; визуальная привязка; заземление | 指代分割; 指代表达; 视觉定位; 视觉接地
keypoint-detection > computer-vision | keypoint detection; keypoints; landmark detection; pose estimation | обнаружение ключевых точек; ключевые точки; оценка позы | 关键点检测; 关键点; 姿态估计
human-pose > keypoint-detection | human pose estimation; human pose; body pose; skeleton | оценка позы человека; поза человека; скелет | 人体姿态估计; 人体姿态; 骨架; 骨骼
face > computer-vision | face; faces; facial; face recognition; face detection | лицо; лица; лицев*; распознавание лиц; обнаружение лиц | 人脸; 面部; 人脸识别; 人脸检测
scene-understanding > computer-vision | scene understanding; scene graph; scene parsing | понимание сцены; граф сцены; анализ сцены | 场景理解; 场景图; 场景解析
visual-perception > computer-vision | visual perception; perception | визуальное восприятие; восприятие; зрительное восприятие | 视觉感知; 感知
spatial-understanding > visual-perception | spatial understanding; spatial reasoning; spatial awareness; spatial-temporal | пространственное понимание; пространственные рассуждения; пространственно-временн* | 空间理解; 空间推理; 时空
dense-prediction > computer-vision | dense prediction; pixel-level prediction; surface normal estimation; normal estimation | плотное предсказание; попиксельное предсказание; оценка нормалей | 密集预测; 像素级预测; 法线估计
optical-flow > video | optical flow; flow estimation; motion estimation | оптический поток; оценка движения | 光流; 运动估计
point-tracking > object-tracking | point tracking; any-point tracking; tracking any point | отслеживание точек; трекинг точек | 点跟踪; 任意点跟踪
re-identification > computer-vision | re-identification; person re-identification | повторная идентификация; реидентификация | 重识别; 行人重识别 | ReID
visual-localization > localization | visual localization; geo-localization; UAV localization; place recognition | визуальная локализация; геолокализация; распознавание мест | 视觉定位; 地理定位; 地点识别
remote-sensing > computer-vision | remote sensing; satellite imagery; aerial imagery; drone | дистанционное зондирование; спутниковые снимки; аэрофотоснимки; беспилотник; дрон | 遥感; 卫星图像; 航拍图像; 无人机 | UAV; UAVs
autonomous-driving > computer-vision, robotics | autonomous driving; self-driving; driving scenes | автономное вождение; беспилотное вождение; беспилотн* автомобил* | 自动驾驶; 无人驾驶
visual-search > retrieval, computer-vision | image retrieval; visual search; image search; multimodal search | поиск изображений; визуальный поиск; мультимодальный поиск | 图像检索; 视觉搜索; 多模态搜索
image-quality > computer-vision | image quality; visual quality; perceptual quality; quality assessment | качество изображения; визуальное качество; оценка качества | 图像质量; 视觉质量; 质量评估

# === Low-level vision and restoration
image-restoration > computer-vision | image restoration; restoration; image enhancement | восстановление изображений; реставрация изображений; улучшение изображений | 图像复原; 图像恢复; 图像增强
super-resolution > image-restoration | super-resolution; super resolution; upscaling; upsampling | сверхразрешение; суперразрешение; повышение разрешения; апскейлинг | 超分辨率; 超分; 上采样 | SR
image-denoising > image-restoration, denoising | image denoising; noise reduction | шумоподавление изображений; удаление шума с изображений | 图像去噪
deblurring > image-restoration | deblurring; motion blur; blur | устранение размытия; размытие; удаление размытия | 去模糊; 运动模糊
colorization > image-restoration | colorization; colorisation; lineart colorization | колоризация; раскрашивание; окрашивание | 上色; 着色; 线稿上色
relighting > rendering | relighting; illumination; lighting; shading | перерисовка освещения; переосвещение; освещение; затенение | 重光照; 光照; 照明; 阴影
image-compression > compression | image compression; video compression; learned compression | сжатие изображений; сжатие видео; обучаемое сжатие | 图像压缩; 视频压缩
low-light > image-restoration | low-light enhancement; low light | улучшение при слабом освещении; слабое освещение | 低光增强; 低光照
hdr > image-restoration | high dynamic range; HDR | расширенный динамический диапазон | 高动态范围 | HDR
reflection > computer-vision | reflection; reflections; specular reflection | отражение; отражения; зеркальное отражение | 反射; 镜面反射
image-matting > segmentation | image matting; video matting; alpha matting; background removal | матирование; удаление фона | 抠图; 背景移除
style-transfer > image-editing | style transfer; stylization; stylisation; artistic style | перенос стиля; стилизация; художественный стиль | 风格迁移; 风格化; 艺术风格
texture > computer-vision | texture; textures; texture synthesis; texture generation; texturing | текстура; текстуры; синтез текстур; генерация текстур; текстурирован* | 纹理; 纹理生成; 纹理合成
material > texture | material; materials; material properties; BRDF; PBR materials | материал*; материалы; свойства материала | 材质; 材料属性 | BRDF; PBR
rendering > computer-vision | rendering; renderer; render; neural rendering | рендеринг; отрисовка; визуализация сцены; нейронный рендеринг; рендер* | 渲染; 神经渲染; 渲染器
sparse-view > 3d-reconstruction | sparse-view; sparse views; few-view; sparse inputs | разреженные виды; малое число ракурсов; небольшое число видов | 稀疏视角; 少视角
multi-view > 3d | multi-view; multiview; multiple views | многоракурсн*; мультиракурсн*; несколько ракурсов; нескольких ракурсов | 多视角; 多视图
camera-pose > 3d | camera pose; camera pose estimation; structure from motion; SfM | поза камеры; оценка позы камеры; структура из движения | 相机位姿; 相机姿态估计; 运动恢复结构 | SfM
stereo > depth-estimation | stereo matching; stereo vision; binocular | стереосопоставление; стереозрение; бинокулярн* | 立体匹配; 双目视觉; 双目
visual-anomaly > anomaly-detection, computer-vision | visual anomaly detection; industrial inspection; defect detection | обнаружение визуальных аномалий; промышленный контроль; обнаружение дефектов | 视觉异常检测; 工业检测; 缺陷检测
deepfake-detection > safety, computer-vision | deepfake detection; synthetic image detection; AI-generated image detection; forgery detection | обнаружение дипфейков; обнаружение синтетических изображений; обнаружение сгенерированных изображений; дипфейк* | 深度伪造检测; 合成图像检测; 伪造检测; 深度伪造
watermarking > safety | watermarking; watermark | водяные знаки; водяной знак; маркирование | 水印; 数字水印
captcha > security | CAPTCHA; reCAPTCHA | капча | 验证码 | CAPTCHA; reCAPTCHA; reCAPTCHAv2
image-resolution > vision-encoder | arbitrary resolution; high resolution; native resolution; dynamic resolution | произвольное разрешение; высокое разрешение; динамическое разрешение | 任意分辨率; 高分辨率; 动态分辨率

# === Video analysis
action-recognition > video-understanding | action recognition; activity recognition; action detection | распознавание действий; распознавание активности | 动作识别; 行为识别
temporal-reasoning > video-understanding, reasoning | temporal reasoning; temporal understanding; temporal grounding | временные рассуждения; временное понимание; рассуждения о времени | 时序推理; 时间推理; 时序理解
video-captioning > video-understanding, captioning | video captioning; dense video captioning | описание видео; подписи к видео | 视频描述; 视频字幕
video-frames > video | video frames; keyframes; frame interpolation | кадры; кадр; видеокадры; ключевые кадры; интерполяция кадров | 视频帧; 关键帧; 帧插值
temporal-consistency > video | temporal consistency; temporal coherence; inter-frame consistency; flicker | временная согласованность; временная консистентность; межкадровая согласованность; мерцание | 时间一致性; 时序一致性; 帧间一致性
motion | motion; movement; motion dynamics; motion generation | движение; движения; динамика движения; генерация движения | 运动; 动作; 运动生成; 运动动态
motion-transfer > motion | motion transfer; motion retargeting; motion control | перенос движения; ретаргетинг движения; управление движением | 运动迁移; 运动重定向; 运动控制
video-colorization > colorization, video | video colorization | колоризация видео; раскрашивание видео | 视频上色
character-animation > motion | character animation; character video; human animation; animatable; animation | анимация персонажей; анимация; анимирован*; анимация человека | 角色动画; 人物动画; 动画; 可动画
controllable-generation > generative-model | controllable generation; controllable; conditional generation; control signals | управляемая генерация; контролируемая генерация; условная генерация | 可控生成; 条件生成; 可控
lip-sync > face | lip sync; lip-sync; lip synchronization | синхронизация губ; липсинк | 唇形同步; 口型同步
volumetric-video > 4d, video | volumetric video; free-viewpoint video | объемное видео; объёмное видео; видео со свободной точкой обзора | 体积视频; 自由视点视频
sketch > computer-vision | sketch; sketches; drawing; drawings; line art; lineart | эскиз; скетч; набросок; рисунок; рисунки; штриховой рисунок | 草图; 素描; 手绘; 线稿
`;
