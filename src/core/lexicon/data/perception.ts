/**
 * Lexicon block: perception beyond the basics — sensors and data modalities, vision-language tasks,
 * video and multimodal understanding, geometry-aware vision. Format: `../parse.ts`.
 * @module
 */
export const text = `
# === Sensors and modalities
modality | modality; modalities; input modality | модальность; модальности | 模态; 输入模态
lidar > 3d, sensor-data | LiDAR; lidar point cloud; laser scanning | лидар; лазерное сканирование | 激光雷达; 激光扫描 | LiDAR
radar > sensor-data | radar; mmWave | радар; миллиметровые волны | 雷达; 毫米波
thermal-imaging > computer-vision | thermal imaging; infrared; thermal camera | тепловизионн*; инфракрасн*; тепловизор | 热成像; 红外
hyperspectral > remote-sensing | hyperspectral; multispectral | гиперспектральн*; мультиспектральн* | 高光谱; 多光谱
event-camera > computer-vision | event camera; event-based vision; neuromorphic camera | событийная камера; событийное зрение | 事件相机; 事件视觉
rgbd > depth-estimation | RGB-D; depth sensor; depth camera | RGB-D; датчик глубины; камера глубины | 深度相机; 深度传感器 | RGBD
egocentric > video | egocentric video; first-person video; egocentric | эгоцентрическое видео; видео от первого лица; эгоцентрическ* | 第一人称视频; 自我中心
panorama > computer-vision | panorama; panoramic; 360-degree; omnidirectional | панорам*; панорамн*; 360 градусов; всенаправленн* | 全景; 全景图; 全向
satellite > remote-sensing | satellite; satellite images; earth imagery | спутник; спутниковые изображения; снимки Земли | 卫星; 卫星影像
microscopy > biomedical, computer-vision | microscopy; cell images; microscopic | микроскопия; изображения клеток; микроскопическ* | 显微镜; 细胞图像; 显微
x-ray > medical-imaging | X-ray; chest X-ray; radiograph | рентгеновский снимок; рентгенограмма; рентген грудной клетки | 射线片; 胸部射线; 放射影像
handwriting > ocr | handwriting; handwritten; handwriting recognition | рукописный текст; рукописн*; распознавание рукописного текста | 手写; 手写识别
document-image > document-understanding | document images; scanned documents; PDF | изображения документов; сканированные документы | 文档图像; 扫描文档 | PDF
gui > web-agent | graphical user interface; GUI; screenshots; user interface screens | графический интерфейс; скриншоты; экраны интерфейса | 图形用户界面; 截图; 界面截图 | GUI
infographics > chart-understanding | infographics; diagrams | инфографика; диаграммы | 信息图; 示意图; 图示
visual-math > multimodal-reasoning, math-reasoning | visual math; math diagrams; geometry figures | визуальная математика; математические диаграммы | 视觉数学; 数学图表

# === Vision-language tasks
image-text-retrieval > vision-language, retrieval | image-text retrieval; cross-modal retrieval; text-to-image retrieval | поиск изображение-текст; кросс-модальный поиск; поиск изображений по тексту | 图文检索; 跨模态检索; 文本到图像检索
visual-instruction > instruction-tuning, vision-language | visual instruction; visual instruction tuning; multimodal instruction | визуальные инструкции; мультимодальные инструкции | 视觉指令; 多模态指令
visual-assistant > vlm, chatbot | visual assistant; multimodal assistant; vision assistant | визуальный ассистент; мультимодальный ассистент | 视觉助手; 多模态助手
visual-dialogue > vision-language, dialogue | visual dialogue; visual dialog; multimodal chat | визуальный диалог; мультимодальный чат | 视觉对话; 多模态对话
image-understanding > vision-language | image understanding; visual understanding; visual comprehension | понимание изображений; визуальное понимание | 图像理解; 视觉理解
multimodal-hallucination > hallucination, vlm | object hallucination; multimodal hallucination; visual hallucination | галлюцинации объектов; мультимодальные галлюцинации; визуальные галлюцинации | 物体幻觉; 多模态幻觉; 视觉幻觉
model-selection > evaluation | model selection; choosing a model; model comparison | выбор модели; выбор моделей; сравнение моделей | 模型选择; 模型比较
knowledge-types > knowledge | knowledge types; domain knowledge; commonsense knowledge | типы знаний; предметные знания; общие знания | 知识类型; 领域知识; 常识知识
visual-search-engine > search-agent, visual-search | multimodal search engine; AI search engine; search engine capabilities | мультимодальная поисковая система; поисковая система на ИИ | 多模态搜索引擎; 人工智能搜索引擎
omni-model > mllm | omni-modal model; omni model; any-to-any | омнимодальная модель; любая модальность в любую | 全模态模型; 任意到任意
vision-centric > vlm | vision-centric; visual-centric; vision-first | зрительно-ориентированн*; ориентированн* на зрение | 以视觉为中心
high-resolution-vlm > vlm, image-resolution | high-resolution VLM; any resolution; resolution scaling | VLM высокого разрешения; любое разрешение | 高分辨率视觉语言模型; 任意分辨率
visual-encoder-fusion > vlm, feature-fusion | mixture of encoders; multiple vision encoders; encoder fusion | смесь энкодеров; несколько визуальных энкодеров; слияние энкодеров | 编码器混合; 多视觉编码器; 编码器融合
latent-reasoning > reasoning | latent reasoning; reasoning in latent space; latent tokens | латентные рассуждения; рассуждения в латентном пространстве | 潜在推理; 潜空间推理
3d-llm > mllm, 3d | 3D LLM; 3D large language model; 3D-aware LMM; 3D vision-language | 3D LLM; трехмерная языковая модель; 3D-осведомленн* | 三维大模型; 三维大语言模型; 三维感知
video-llm > mllm, video-understanding | video LLM; video large language model; video-language model | видео-LLM; видеоязыковая модель | 视频大模型; 视频语言模型
audio-visual-llm > mllm, audio-visual | audio-visual LLM; audio-visual language model | аудиовизуальная языковая модель | 视听大模型; 视听语言模型

# === Geometry-aware vision
3d-understanding > 3d, scene-understanding | 3D understanding; 3D scene understanding; 3D perception | понимание 3D; понимание трехмерных сцен; трехмерное восприятие | 三维理解; 三维场景理解; 三维感知
3d-detection > 3d, object-detection | 3D object detection; 3D detection; bird's-eye view; BEV | обнаружение трехмерных объектов; 3D-детекция; вид сверху | 三维目标检测; 鸟瞰图 | BEV
3d-segmentation > 3d, segmentation | 3D segmentation; point cloud segmentation; part segmentation | трехмерная сегментация; сегментация облака точек; сегментация частей | 三维分割; 点云分割; 部件分割
slam > camera-pose, robotics | SLAM; simultaneous localization and mapping; visual odometry | одновременная локализация и картографирование; визуальная одометрия | 同时定位与建图; 视觉里程计 | SLAM
scene-flow > optical-flow, 3d | scene flow; 3D motion | поток сцены; трехмерное движение | 场景流; 三维运动
human-reconstruction > 3d-reconstruction, avatar | human reconstruction; clothed human; body reconstruction | реконструкция человека; одетый человек; реконструкция тела | 人体重建; 着装人体
hand-reconstruction > 3d-reconstruction | hand reconstruction; hand pose; hand-object interaction | реконструкция руки; поза руки; взаимодействие руки и объекта | 手部重建; 手部姿态; 手物交互
face-reconstruction > 3d-reconstruction, face | face reconstruction; 3D face; facial animation; head avatar | реконструкция лица; 3D-лицо; лицевая анимация; аватар головы | 人脸重建; 三维人脸; 面部动画; 头部头像
mixed-reality > 3d | mixed reality; virtual reality; augmented reality | смешанная реальность; виртуальная реальность; дополненная реальность | 混合现实; 虚拟现实; 增强现实 | VR; XR
immersive > mixed-reality | immersive; immersive experience; telepresence | иммерсивн*; эффект присутствия; телеприсутствие | 沉浸式; 沉浸体验; 远程呈现
structure-from-images > 3d-reconstruction | multi-view stereo; photogrammetry; MVS | многоракурсное стерео; фотограмметрия | 多视图立体; 摄影测量 | MVS
geometry-aware > 3d | geometry-aware; geometry consistency; geometric consistency | с учетом геометрии; геометрическая согласованность | 几何感知; 几何一致性
illumination-synthesis > relighting, rendering | multi-illumination; illumination synthesis; lighting conditions | множественное освещение; синтез освещения; условия освещения | 多光照; 光照合成; 光照条件
`;
