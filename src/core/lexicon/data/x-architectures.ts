/**
 * Lexicon block (second round): architectures, components and model families (with the Russian and
 * Chinese forms readers use) not in the first blocks. Format: `../parse.ts`; checks: `../REVIEW.md`.
 * @module
 */
export const text = `
# === Components
feed-forward-network > mlp | feed-forward layer | полносвязная сеть прямого распространения; слой прямого распространения | 前馈层
multi-head-attention > self-attention, attention-map | attention head | голова внимания | 多头注意力; 注意力头
sliding-window-attention > sparse-attention | windowed attention | внимание со скользящим окном; локальное внимание | 滑动窗口注意力; 局部注意力
causal-attention > self-attention | causal attention; causal mask; attention mask | каузальное внимание; причинная маска; маска внимания | 因果注意力; 注意力掩码
gated-linear-unit > activation-function, gating, relu | gated linear unit; GeGLU | вентильный линейный блок | 门控线性单元
gelu > activation-function, relu | Swish activation | функция активации GELU | 高斯误差线性单元
skip-connection > residual-connection | skip connections; shortcut connections | пропускающие соединения; обходные соединения | 捷径连接
bottleneck > layer | bottleneck layer | бутылочное горлышко | 瓶颈层
token-mixing > architecture, mlp | token mixing; channel mixing; MLP-Mixer | смешивание токенов; смешивание каналов | 令牌混合; 通道混合
hidden-states > latent-space | hidden states; hidden representations; intermediate representations | скрытые состояния; скрытые представления; промежуточные представления | 隐藏状态; 隐藏表示; 中间表示; 激活值
logits > softmax, probability | logits; output distribution; token probabilities | логиты; выходное распределение; вероятности токенов | 逻辑值; 输出分布; 词元概率
output-head > layer, prediction, classification | prediction head; output head; classification head; LM head | голова предсказания; выходная голова; классификационная голова | 预测头; 输出头; 分类头
cls-token > special-tokens | class token | токен класса; регистровые токены | 类别令牌; 寄存器令牌
patch-embedding > vision-transformer, embedding-layer, visual-tokens | patch embedding | эмбеддинг патчей | 图像块嵌入
query-key-value > self-attention | query, key and value; keys and values; query-key | запросы, ключи и значения; ключи и значения | 查询键值; 键和值
memory-tokens > recurrent-memory | memory slots | ячейки памяти | 记忆槽
recurrence > recurrent-network | recurrence; recurrent state | рекуррентность; рекуррентное состояние | 递归状态
lstm > recurrent-network, gating | long short-term memory | долгая краткосрочная память | 长短期记忆; 门控循环单元
convolutional-backbone > convolutional-network, backbone, resnet-family | ResNet backbone; CNN backbone; convolutional backbone | свёрточная основа; свёрточный бэкбон | 卷积骨干; 卷积主干网络
depthwise-convolution > convolution-layer | depthwise separable convolution | глубинная разделимая свёртка; поканальная свёртка | 深度卷积
dilated-convolution > convolution-layer, deformable-convolution | dilated convolution; atrous convolution | атрузная свёртка | 膨胀卷积
graph-convolution > graph-neural-network, convolutional-network | graph convolutional network; graph convolution | графовая свёрточная сеть; графовая свёртка | 图卷积网络; 图卷积
graph-attention > graph-neural-network, graph-transformer | graph attention network | графовая сеть внимания | 图注意力网络
message-passing > graph-neural-network | message-passing neural network | нейронная сеть с передачей сообщений | 消息传递神经网络 | MPNN
equivariant-network > equivariance, neural-network | equivariant neural network; equivariant networks | эквивариантная нейронная сеть | 等变神经网络; 等变网络
diffusion-backbone > diffusion-model, backbone, denoising, u-net | denoising network; UNet denoiser | сеть шумоподавления; денойзер | 去噪网络; 去噪器
vision-backbone > vision-encoder, backbone | vision backbone; visual backbone | визуальная основа; визуальный бэкбон | 视觉骨干; 视觉主干
text-encoder > encoder | language encoder | текстовый энкодер; кодировщик текста | 文本编码器
audio-encoder > encoder, audio, speech | audio encoder; speech encoder | аудиоэнкодер; энкодер речи | 音频编码器; 语音编码器
connector > projection-layer, vlm | vision-language connector | соединительный модуль | 视觉语言连接器
dynamic-network > architecture, neural-network, mixture-of-depths | dynamic neural networks | динамические нейронные сети | 动态神经网络
looped-transformer > transformer, recurrence | looped transformer; universal transformer; recurrent depth | зацикленный трансформер; универсальный трансформер | 循环变换器; 通用变换器
byte-latent > byte-level, transformer | byte latent transformer; patching bytes | латентный трансформер по байтам | 字节潜变换器
diffusion-language-model > discrete-diffusion, language-model | diffusion language model; diffusion language models; masked diffusion language model | диффузионная языковая модель; диффузионные языковые модели | 扩散语言模型
# === Model families (general names readers type in other scripts)
gpt-models > gpt-family, chatbot | GPT-3.5 | чат-бот ChatGPT | 聊天生成预训练转换器
llama-models > llama-family | Llama 2; Llama 3 | модели Лама | 羊驼模型; 羊驼
qwen-models > qwen-family | Qwen2.5 | модели Квен | 通义千问; 千问
vicuna > llama-family | Vicuna; Alpaca | Викуна; Альпака | 小羊驼; 羊驼指令模型
resnet-models > resnet-family, residual-connection | ResNet; residual network; ResNet-50 | резнет | 残差网
vit-models > vit-family | ViT-L; ViT-B; vision transformers | визуальные трансформеры | 视觉变换器
sd-models > stable-diffusion, dit-family | Stable Diffusion 3; SD 1.5 | Стейбл Диффьюжн | 稳定扩散
dalle > text-to-image, openai-models | DALL-E; DALL·E 3 | Далли | 达利模型
sora-models > sora-family, video-generation, openai-models | video generation model from OpenAI | Сора | 索拉
t5-models > t5-family | Flan-T5 | модель Т5 | 文本到文本转换模型
bert-like > bert-family, encoder | encoder-only models | модели типа БЕРТ; только энкодер | 仅编码器模型
deepseek-models > deepseek-family | DeepSeek-V2; DeepSeek-Coder | ДипСик | 深度求索
glm-models > chatglm-family | GLM-4 | модели ГЛМ | 通用语言模型
gemini-models > gemini-family | Gemini 1.5 | Гемини | 双子座
claude-models > claude-family | Claude 3; Claude 3.5 Sonnet | Клод | 克劳德
o1-models > reasoning-model, openai-models | o1-preview; o1-mini | модель о1 | 草莓模型
sam-models > sam-family | SAM2 | сегментировать всё; модель сегментации всего | 分割一切模型
`;
