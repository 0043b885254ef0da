/**
 * Lexicon block: named model families and systems that have Chinese or Russian names of their own
 * (names spelled the same in every language are matched exactly by search anyway and need no entry).
 * Format: `../parse.ts`.
 * @module
 */
export const text = `
qwen-family > llm | Qwen; Tongyi Qianwen | модель Qwen; Тунъи Цяньвэнь | 通义千问; 千问; 通义 | Qwen; Qwen2; QwenVL
ernie-family > llm | ERNIE; ERNIE Bot | модель ERNIE | 文心一言; 文心大模型; 文心 | ERNIE
chatglm-family > llm | ChatGLM; GLM | модель ChatGLM | 智谱清言; 智谱 | ChatGLM; GLM
deepseek-family > llm | DeepSeek | модель DeepSeek | 深度求索 | DeepSeek
baichuan-family > llm | Baichuan | модель Baichuan | 百川大模型; 百川 | Baichuan
internlm-family > llm | InternLM; InternVL | модель InternLM | 书生浦语; 书生大模型; 书生 | InternLM; InternVL
yi-family > llm | Yi model; 01.AI | модель Yi | 零一万物 | Yi
pangu-family > llm | PanGu | модель PanGu | 盘古大模型; 盘古 | PanGu
hunyuan-family > llm | Hunyuan; HunyuanVideo | модель Hunyuan | 混元大模型; 混元 | Hunyuan
spark-family > llm | iFlytek Spark; SparkDesk | модель Spark от iFlytek | 讯飞星火; 星火大模型
kimi-family > llm | Kimi; Moonshot AI | модель Kimi | 月之暗面; 月之暗面大模型 | Kimi
gemini-family > llm | Gemini; Gemini Pro | модель Gemini; Джемини | 双子座模型; 谷歌双子座 | Gemini
claude-family > llm | Claude; Anthropic Claude | модель Claude; Клод | 克劳德 | Claude
gemma-family > llm | Gemma | модель Gemma | 谷歌开源模型 | Gemma
mistral-family > llm | Mistral; Mixtral | модель Mistral; Мистрал* | 米斯特拉尔 | Mistral; Mixtral
gpt4-family > gpt-family | GPT-4; GPT-4o; GPT-4V | модель GPT-4 | 第四代生成式预训练模型 | GPT4; GPT4o
openai-models > gpt-family | OpenAI; OpenAI models | модели OpenAI; ОпенЭйАй | 美国开放人工智能研究中心 | OpenAI
sora-family > video-generation | Sora; Kling; Runway Gen-3 | модель Sora | 索拉; 可灵 | Sora; Kling
midjourney-family > text-to-image | Midjourney; Imagen | модель Midjourney; модель DALL-E | 文心一格; 达利绘图 | Midjourney; Imagen
sam-family > segmentation | Segment Anything; SAM 2 | модель Segment Anything; сегментировать что угодно | 分割一切; 万物分割 | SAM
yolo-family > object-detection | YOLO; YOLO-World; you only look once | модель YOLO | 单阶段目标检测器 | YOLO
dino-family > self-supervised-learning | DINO; DINOv2; self-distillation with no labels | модель DINO | 自蒸馏无标签 | DINO; DINOv2
whisper-family > speech-recognition | Whisper | модель Whisper | 耳语模型 | Whisper
llava-family > mllm | LLaVA; LLaVA-NeXT; LLaVA-OneVision | модель LLaVA | 大型语言视觉助手 | LLaVA
alphafold-family > protein | AlphaFold; protein structure prediction | модель AlphaFold | 阿尔法折叠; 蛋白质结构预测 | AlphaFold
alphago-family > game-playing | AlphaGo; AlphaZero; MuZero | модель AlphaGo | 阿尔法围棋; 阿尔法零 | AlphaGo; AlphaZero; MuZero
bert-models > bert-family | BERT; bidirectional encoder representations from transformers | двунаправленные кодирующие представления трансформеров | 双向编码器表示; 伯特 | BERT
resnet-family > convolutional-network | ResNet; residual network; ResNet-50 | остаточная сеть; сеть ResNet | 残差网络 | ResNet; ResNeXt
vgg-family > convolutional-network | VGG; VGGNet; AlexNet; Inception | сеть VGG; сеть AlexNet | 视觉几何组网络 | VGG; AlexNet
efficientnet-family > convolutional-network, efficiency | EfficientNet; MobileNet | сеть MobileNet; сеть EfficientNet | 移动端网络 | EfficientNet; MobileNet
swin-family > vision-transformer | Swin Transformer; hierarchical vision transformer | иерархический визуальный трансформер | 滑动窗口变换器; 层次化视觉变换器 | Swin
stable-video > video-diffusion | Stable Video Diffusion; AnimateDiff; ModelScope | стабильная видеодиффузия | 稳定视频扩散 | SVD; AnimateDiff
dit-family > diffusion-transformer | DiT; PixArt; Flux; SD3 | модель DiT; модель Flux | 扩散变换器模型 | PixArt; FLUX
chinchilla-family > scaling-law | Chinchilla; Chinchilla scaling | закон Шиншиллы; модель Chinchilla | 龙猫定律; 龙猫模型 | Chinchilla
mamba-family > state-space-model | Mamba; Mamba-2; Vision Mamba | модель Мамба; Мамба | 曼巴模型; 曼巴 | Mamba
kan-family > kan | KAN; Kolmogorov-Arnold Transformer; FourierKAN | трансформер Колмогорова-Арнольда | 柯尔莫哥洛夫阿诺德变换器 | KAT
nerf-family > nerf | Instant-NGP; Mip-NeRF; Zip-NeRF | модель Instant-NGP | 即时神经图形基元 | NGP
vit-family > vision-transformer | ViT; DeiT; vision transformer base | модель ViT | 视觉变换器基础版 | ViT; DeiT
`;
