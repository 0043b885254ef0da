/**
 * Lexicon block: ML systems — hardware, parallelism, kernels, serving, compilers, storage.
 * Format: `../parse.ts`.
 * @module
 */
export const text = `
hardware | hardware; accelerator; chip | аппаратное обеспечение; ускоритель; чип; железо | 硬件; 加速器; 芯片
gpu > hardware | GPU; GPUs; graphics processing unit; CUDA | графический процессор; видеокарта; графические процессоры | 图形处理器; 显卡; 图形处理单元 | GPU; GPUs; CUDA; A100; H100
tpu > hardware | TPU; tensor processing unit | тензорный процессор | 张量处理器 | TPU; TPUs; NPU
cpu > hardware | CPU; central processor | центральный процессор; процессор | 中央处理器 | CPU; CPUs
fpga > hardware | FPGA; ASIC; custom hardware | программируемая логическая интегральная схема; специализированная микросхема | 现场可编程门阵列; 专用集成电路 | FPGA; ASIC
memory-bandwidth > hardware | memory bandwidth; memory-bound; HBM; SRAM | пропускная способность памяти; ограничение по памяти | 内存带宽; 访存瓶颈 | HBM; SRAM
kernel-optimization > efficiency, hardware | kernel optimization; fused kernel; custom kernels; Triton kernel | оптимизация ядер; слитые ядра; пользовательские ядра | 内核优化; 融合内核; 算子优化; 算子融合
compiler > systems-software | compiler; ML compiler; graph compilation | компилятор; компиляция графа | 编译器; 图编译
systems-software | ML systems; software library; toolkit; software framework | системы машинного обучения; программная библиотека; инструментарий; программный фреймворк | 机器学习系统; 工具包; 软件库; 软件框架
parallelism > distributed-training | parallelism; parallel computing; parallelization | параллелизм; параллельные вычисления; распараллеливание | 并行; 并行计算; 并行化
compute-cluster > distributed-training | GPU cluster; compute cluster; multi-node; datacenter | кластер GPU; вычислительный кластер; многоузлов*; центр обработки данных | 计算集群; 多节点; 数据中心
communication > distributed-training | communication overhead; all-reduce; communication cost | накладные расходы на коммуникацию; стоимость коммуникации | 通信开销; 通信成本
zero-redundancy > distributed-training | ZeRO; FSDP; sharded data parallel; DeepSpeed; Megatron | шардированный параллелизм данных | 零冗余优化器; 分片数据并行 | ZeRO; FSDP; DeepSpeed; Megatron
offloading > memory-efficiency | offloading; CPU offloading; activation checkpointing; gradient checkpointing | выгрузка; выгрузка на CPU; контрольные точки активаций | 卸载; 激活检查点; 梯度检查点
batching > serving | batching; continuous batching; dynamic batching | пакетирование; непрерывное пакетирование; динамическое пакетирование | 批处理; 连续批处理; 动态批处理
paged-attention > kv-cache, serving | paged attention; vLLM; memory paging | страничное внимание; постраничная память | 分页注意力 | vLLM
vector-database > dense-retrieval | vector database; vector index; approximate nearest neighbor; ANN search | векторная база данных; векторный индекс; приближенный поиск ближайших соседей | 向量数据库; 向量索引; 近似最近邻 | FAISS; HNSW
data-pipeline > systems-software | data pipeline; data loading; data processing pipeline | конвейер данных; загрузка данных; конвейер обработки данных | 数据管道; 数据加载; 数据处理流程
energy-consumption > efficiency | energy consumption; energy efficiency; power consumption; carbon footprint | энергопотребление; энергоэффективность; потребление энергии; углеродный след | 能耗; 能效; 功耗; 碳足迹
cost-reduction > efficiency | cost reduction; cost-effective; reduce cost; cheaper; low-cost | снижение затрат; экономичн*; снижение стоимости; низкая стоимость | 降低成本; 低成本; 性价比
real-time-system | real-time; real time; interactive; interactivity | в реальном времени; реального времени; интерактивн* | 实时; 交互式; 交互性
scalability > scaling | scalability; scalable; at scale | масштабируемость; масштабируем*; в большом масштабе | 可扩展性; 可扩展; 大规模
large-scale > scaling | large-scale; large scale; billion-scale; web-scale | крупномасштабн*; большого масштаба; масштаба веба | 大规模; 十亿级; 网络规模
open-source-tool > open-source, systems-software | open-source framework; open-source library; open-source toolkit; codebase | открытый фреймворк; открытая библиотека | 开源框架; 开源库; 开源工具; 代码库
api > systems-software | API; application programming interface; web API | программный интерфейс; интерфейс программирования | 应用程序接口; 接口调用 | API; APIs
database > systems-software | database; SQL database; relational database; query language | база данных; реляционная база данных; язык запросов | 数据库; 关系数据库; 查询语言
privacy-preserving-ml > privacy, distributed-training | privacy-preserving machine learning; secure computation; homomorphic encryption | машинное обучение с сохранением приватности; защищённые вычисления; гомоморфное шифрование | 隐私保护机器学习; 安全计算; 同态加密
edge-computing > on-device | edge computing; edge AI; IoT; internet of things | граничные вычисления; периферийные вычисления; интернет вещей | 边缘计算; 边缘智能; 物联网 | IoT
networking > systems-software | network traffic; network protocol; computer network | сетевой трафик; сетевой протокол; компьютерная сеть | 网络流量; 网络协议; 计算机网络
operating-system > systems-software | operating system; Linux; shell commands | операционная система; команды оболочки | 操作系统; 命令行
simulator-platform > simulation | simulation platform; game engine; Unity; Unreal | платформа симуляции; игровой движок | 仿真平台; 游戏引擎
`;
