"""Real multi-article stories (tests/realnews/stories, stories2 ... stories659 but stories201 and stories491, each written before the
code ran on it), scored with tests/realnews/score_stories.py: a guard that the event stage
and the publication inference keep working on news nobody here wrote.  The floors sit a
margin below what benchmarks/stories.py measured when they were set (stories: found 83 %,
dated right 69 %, sharp 49 %, merge F1 0.36, publication coverage 92 %; stories2: 85 %,
65 %, 40 %, 0.43, 100 %; stories3, at its first run: 86 %, 65 %, 54 %, 0.39, 100 %; stories4, at its first run:
84 %, 72 %, 51 %, 0.39, 95 %; stories5, at its first run: 88 %, 67 %, 40 %, 0.32, 94 %; stories6, at its
first run: 79 %, 62 %, 33 %, 0.19, 94 %; stories7, at its first run: 76 %, 50 %, 33 %, 0.26,
100 %; stories8, at its first run: 84 %, 56 %, 43 %, 0.25, 92 %; stories9, at its first run: 79 %,
59 %, 45 %, 0.20, 90 %; stories10, at its first run: 74 %, 56 %, 40 %, 0.33, 87 %; stories11,
at its first run: 80 %, 66 %, 46 %, 0.32, 71 %; stories12, at its first run: 65 %, 51 %, 33 %, 0.36,
65 %; stories13, at its first run: 79 %, 59 %, 41 %, 0.45, 100 %; stories14, at its first run: 91 %,
66 %, 43 %, 0.28, 75 %; stories15, at its first run: 92 %, 81 %, 57 %, 0.32, 100 %; stories16, at
its first run: 75 %, 61 %, 31 %, 0.31, 92 %; stories17, at its first run: 85 %, 65 %, 39 %, 0.32,
100 %; stories18, at its first run: 90 %, 75 %, 59 %, 0.45, 86 %; stories19, at its first run: 87 %, 74 %,
53 %, 0.36, 100 %; stories20, at its first run: 87 %, 63 %, 47 %, 0.44, 100 %; stories21, at its first run: 81 %,
66 %, 43 %, 0.39, 100 %; stories22, at its first run: 90 %, 64 %, 41 %, 0.36, 100 %; stories23, at its first run: 84 %,
58 %, 48 %, 0.46, 92 %; stories24, at its first run: 81 %, 69 %, 56 %, 0.44, 79 %; stories25, at its first run: 93 %, 55 %, 39 %,
0.50, 80 %; stories26: 92 %, 66 %, 60 %, 0.54, 100 %; stories27: 88 %, 72 %, 48 %, 0.36, 87 %; stories28:
93 %, 81 %, 60 %, 0.44, 100 %; stories29: 94 %, 78 %, 53 %, 0.57, 100 %; stories30: 98 %, 61 %, 36 %,
0.56, 100 %; stories31, at its first run: 91 %, 78 %, 71 %, 0.53, 93 %; stories32: 91 %, 76 %, 68 %,
0.50, 100 %; stories33: 77 %, 64 %, 58 %, 0.42, 73 %; stories34: 75 %, 57 %, 45 %, 0.40, 71 %;
stories35, at its first run: 93 %, 73 %, 60 %, 0.54, 94 %; stories36: 85 %, 60 %, 36 %, 0.39, 100 %;
stories37, at its first run: 92 %, 60 %, 45 %, 0.42, 80 %; stories38: 92 %, 73 %, 58 %, 0.50, 100 %;
stories39: 93 %, 76 %, 58 %, 0.55, 100 %; stories40: 88 %, 73 %, 59 %, 0.48, 100 %;
stories41, at its first run: 94 %, 73 %, 59 %, 0.48, 94 %; stories42: 90 %, 75 %, 58 %, 0.54, 100 %;
stories43: 76 %, 62 %, 48 %, 0.52, 93 %; stories44: 90 %, 73 %, 49 %, 0.48, 100 %;
stories45, at its first run: 87 %, 72 %, 55 %, 0.43, 100 %; stories46: 89 %, 68 %, 63 %, 0.54, 85 %;
stories47: 95 %, 72 %, 64 %, 0.44, 94 %; stories48: 85 %, 69 %, 60 %, 0.59, 81 %;
stories49, at its first run: 90 %, 71 %, 59 %, 0.46, 100 %; stories50: 84 %, 64 %, 55 %, 0.52, 100 %;
stories51: 92 %, 67 %, 58 %, 0.40, 100 %; stories52: 92 %, 80 %, 64 %, 0.44, 100 %;
stories53, at its first run: 92 %, 80 %, 65 %, 0.61, 93 %; stories54: 95 %, 85 %, 81 %, 0.44, 100 %;
stories55: 93 %, 71 %, 64 %, 0.48, 100 %; stories56: 86 %, 72 %, 37 %, 0.26, 100 %;
stories57, at its first run: 92 %, 75 %, 53 %, 0.45, 100 %; stories58: 90 %, 68 %, 57 %, 0.42, 85 %;
stories59: 89 %, 72 %, 58 %, 0.51, 94 %; stories60: 92 %, 74 %, 52 %, 0.39, 100 %;
stories61, at its first run: 97 %, 80 %, 69 %, 0.56, 86 %; stories62: 86 %, 66 %, 52 %, 0.47, 100 %;
stories63: 90 %, 77 %, 61 %, 0.52, 100 %; stories64: 86 %, 69 %, 49 %, 0.51, 100 %;
stories65, at its first run: 87 %, 69 %, 49 %, 0.62, 93 %; stories66: 94 %, 73 %, 64 %, 0.39, 100 %;
stories67: 87 %, 66 %, 59 %, 0.37, 83 %; stories68: 88 %, 70 %, 64 %, 0.45, 89 %;
stories69, at its first run: 89 %, 73 %, 45 %, 0.54, 100 %; stories70: 84 %, 63 %, 44 %, 0.40, 88 %;
stories71: 88 %, 55 %, 44 %, 0.45, 90 %; stories72: 97 %, 77 %, 63 %, 0.39, 90 %;
stories73, at its first run: 87 %, 74 %, 63 %, 0.50, 100 %; stories74: 87 %, 70 %, 49 %, 0.48, 93 %;
stories75: 93 %, 75 %, 70 %, 0.47, 100 %; stories76: 84 %, 65 %, 44 %, 0.61, 88 %;
stories77, at its first run: 90 %, 72 %, 60 %, 0.41, 100 %; stories78: 92 %, 71 %, 60 %, 0.36, 82 %;
stories79: 89 %, 68 %, 64 %, 0.55, 100 %; stories80: 86 %, 73 %, 50 %, 0.53, 100 %;
stories81, at its first run: 87 %, 65 %, 54 %, 0.44, 100 %; stories82: 84 %, 47 %, 38 %, 0.28, 86 %;
stories83: 85 %, 70 %, 58 %, 0.43, 100 %; stories84: 90 %, 74 %, 62 %, 0.52, 100 %;
stories85, at its first run: 84 %, 52 %, 29 %, 0.41, 90 %; stories86: 93 %, 76 %, 53 %, 0.37, 93 %;
stories87: 91 %, 71 %, 62 %, 0.36, 100 %; stories88: 89 %, 74 %, 66 %, 0.51, 100 %;
stories89, at its first run: 90 %, 75 %, 64 %, 0.48, 100 %; stories90: 94 %, 76 %, 68 %, 0.40, 100 %;
stories91: 92 %, 59 %, 49 %, 0.41, 100 %; stories92: 86 %, 69 %, 56 %, 0.48, 92 %;
stories93, at its first run: 88 %, 73 %, 59 %, 0.32, 100 %; stories94: 88 %, 71 %, 60 %, 0.41, 100 %;
stories95: 92 %, 74 %, 51 %, 0.57, 93 %; stories96: 82 %, 65 %, 46 %, 0.52, 100 %;
stories97, at its first run: 93 %, 76 %, 63 %, 0.48, 100 %; stories98: 96 %, 75 %, 68 %, 0.49, 100 %;
stories99: 95 %, 75 %, 61 %, 0.50, 100 %; stories100: 90 %, 75 %, 50 %, 0.45, 83 %;
stories101, at its first run: 93 %, 70 %, 62 %, 0.39, 93 %; stories102: 93 %, 77 %, 70 %, 0.51, 100 %;
stories103, at its first run: 94 %, 64 %, 51 %, 0.54, 100 %; stories104: 94 %, 77 %, 65 %, 0.49, 94 %;
stories105: 87 %, 66 %, 51 %, 0.39, 92 %; stories106: 87 %, 71 %, 68 %, 0.63, 100 %;
stories107: 90 %, 81 %, 69 %, 0.49, 100 %; stories108: 95 %, 67 %, 50 %, 0.50, 94 %;
stories109, at its first run: 95 %, 70 %, 61 %, 0.41, 90 %; stories110: 92 %, 80 %, 62 %, 0.59, 100 %;
stories111: 94 %, 70 %, 56 %, 0.40, 93 %; stories112: 92 %, 78 %, 39 %, 0.44, 100 %;
stories113: 98 %, 87 %, 71 %, 0.61, 100 %; stories114: 91 %, 75 %, 47 %, 0.48, 100 %;
stories115, at its first run: 92 %, 78 %, 60 %, 0.36, 100 %; stories116: 95 %, 68 %, 64 %, 0.41, 93 %;
stories117: 95 %, 77 %, 61 %, 0.52, 95 %; stories118: 96 %, 90 %, 79 %, 0.55, 100 %;
stories119: 94 %, 73 %, 50 %, 0.66, 100 %; stories120: 91 %, 74 %, 56 %, 0.46, 100 %;
stories121, at its first run: 93 %, 78 %, 69 %, 0.51, 100 %; stories122: 94 %, 81 %, 62 %, 0.39, 95 %;
stories123: 98 %, 77 %, 60 %, 0.59, 100 %; stories124: 96 %, 78 %, 62 %, 0.42, 94 %;
stories125: 80 %, 61 %, 58 %, 0.41, 75 %; stories126: 96 %, 77 %, 67 %, 0.45, 95 %;
stories127, at its first run: 95 %, 77 %, 69 %, 0.59, 100 %; stories128: 96 %, 92 %, 73 %, 0.52, 100 %;
stories129: 93 %, 81 %, 61 %, 0.56, 100 %; stories130: 90 %, 77 %, 62 %, 0.37, 89 %;
stories131: 91 %, 63 %, 52 %, 0.56, 93 %;
stories132, at its first run: 95 %, 60 %, 42 %, 0.38, 88 %; stories133: 99 %, 83 %, 69 %, 0.49, 100 %;
stories134: 96 %, 83 %, 75 %, 0.52, 100 %; stories135: 95 %, 83 %, 67 %, 0.50, 95 %;
stories136, at its first run: 96 %, 89 %, 79 %, 0.65, 100 %; stories137: 95 %, 75 %, 59 %, 0.48, 100 %;
stories138: 95 %, 88 %, 69 %, 0.51, 100 %; stories139: 95 %, 76 %, 65 %, 0.56, 100 %;
stories140, at its first run: 93 %, 79 %, 64 %, 0.27, 94 %; stories141: 93 %, 71 %, 53 %, 0.52, 95 %;
stories142: 94 %, 82 %, 73 %, 0.58, 100 %;
stories143, at its first run: 78 %, 65 %, 62 %, 0.57, 69 %; stories144: 96 %, 79 %, 64 %, 0.46, 100 %;
stories145: 97 %, 79 %, 65 %, 0.49, 100 %; stories146: 95 %, 86 %, 82 %, 0.60, 100 %;
stories147: 96 %, 73 %, 65 %, 0.41, 89 %; stories148: 85 %, 75 %, 66 %, 0.40, 75 %;
stories149, at its first run: 97 %, 84 %, 73 %, 0.67, 93 %; stories150: 93 %, 85 %, 72 %, 0.50, 100 %;
stories151: 92 %, 76 %, 52 %, 0.54, 95 %; stories152: 92 %, 63 %, 43 %, 0.27, 94 %;
stories153: 92 %, 76 %, 56 %, 0.58, 94 %; stories154: 97 %, 91 %, 88 %, 0.58, 100 %;
stories155, at its first run: 97 %, 74 %, 68 %, 0.17, 60 %; stories156: 64 %, 57 %, 53 %, 0.57, 50 %;
stories157: 95 %, 73 %, 68 %, 0.76, 100 %; stories158: 91 %, 83 %, 69 %, 0.42, 88 %;
stories159: 91 %, 77 %, 71 %, 0.59, 94 %; stories160: 52 %, 29 %, 14 %, 0.18, 25 %;
stories161, at its first run: 87 %, 77 %, 64 %, 0.61, 81 %; stories162: 94 %, 79 %, 61 %, 0.45, 95 %;
stories163: 92 %, 81 %, 69 %, 0.54, 87 %; stories164: 94 %, 68 %, 48 %, 0.39, 100 %;
stories165: 79 %, 70 %, 61 %, 0.42, 72 %; stories166: 94 %, 74 %, 50 %, 0.44, 71 %;
stories167, at its first run: 92 %, 69 %, 55 %, 0.35, 100 %; stories168: 93 %, 70 %, 61 %, 0.63, 100 %;
stories169: 94 %, 72 %, 66 %, 0.46, 80 %; stories170: 93 %, 83 %, 73 %, 0.67, 100 %;
stories171: 94 %, 90 %, 80 %, 0.66, 100 %; stories172: 94 %, 74 %, 63 %, 0.63, 94 %;
stories173, at its first run: 95 %, 86 %, 63 %, 0.53, 100 %; stories174: 96 %, 80 %, 70 %, 0.68, 100 %;
stories175: 97 %, 79 %, 68 %, 0.62, 100 %; stories176: 94 %, 84 %, 64 %, 0.70, 100 %;
stories177: 92 %, 81 %, 79 %, 0.54, 100 %; stories178: 92 %, 69 %, 53 %, 0.40, 100 %;
stories179: 95 %, 85 %, 67 %, 0.42, 100 %; stories180: 91 %, 69 %, 43 %, 0.66, 100 %;
stories181: 96 %, 76 %, 58 %, 0.38, 93 %; stories182: 94 %, 84 %, 80 %, 0.52, 100 %;
stories183: 94 %, 86 %, 77 %, 0.40, 100 %;
stories184, at its first run: 98 %, 79 %, 72 %, 0.43, 94 %; stories185: 94 %, 88 %, 79 %, 0.66, 95 %;
stories186: 92 %, 79 %, 58 %, 0.55, 93 %; stories187: 96 %, 71 %, 52 %, 0.71, 100 %;
stories188: 94 %, 74 %, 46 %, 0.43, 100 %; stories189: 95 %, 80 %, 70 %, 0.56, 93 %;
stories190: 97 %, 89 %, 79 %, 0.57, 100 %;
stories191: 95 %, 88 %, 86 %, 0.80, 100 %; stories192: 94 %, 86 %, 73 %, 0.54, 100 %;
stories193: 91 %, 69 %, 60 %, 0.37, 88 %;
stories194: 100 %, 52 %, 44 %, 0.56, 80 %; stories195: 90 %, 70 %, 55 %, 0.45, 100 %;
stories196: 97 %, 67 %, 52 %, 0.56, 87 %;
stories197: 96 %, 86 %, 64 %, 0.53, 100 %; stories198: 98 %, 82 %, 82 %, 0.76, 89 %;
stories199: 100 %, 97 %, 87 %, 0.56, 100 %; stories200: 95 %, 79 %, 65 %, 0.40, 85 %;
stories202: 98 %, 74 %, 42 %, 0.36, 100 %; stories203: 91 %, 78 %, 62 %, 0.58, 100 %;
stories204: 96 %, 64 %, 53 %, 0.61, 100 %;
stories205, at its first run: 81 %, 54 %, 38 %, 0.30, 60 %; stories206, at its first run: 92 %, 64 %, 50 %, 0.54, 100 %;
stories207, at its first run: 78 %, 57 %, 44 %, 0.43, 75 %; stories208, at its first run: 95 %, 84 %, 73 %, 0.51, 100 %;
stories209, at its first run: 36 %, 30 %, 25 %, 0.28, 30 %; stories210, at its first run: 77 %, 48 %, 42 %, 0.24, 62 %;
stories211, at its first run: 94 %, 70 %, 58 %, 0.53, 100 %; stories212, at its first run: 95 %, 77 %, 57 %, 0.48, 100 %;
stories213, at its first run: 85 %, 75 %, 48 %, 0.42, 100 %; stories214, at its first run: 90 %, 70 %, 53 %, 0.34, 100 %;
stories215, at its first run: 91 %, 77 %, 41 %, 0.20, 100 %; stories216, at its first run: 100 %, 78 %, 59 %, 0.41, 100 %;
stories217, at its first run: 92 %, 79 %, 43 %, 0.39, 100 %; stories218, at its first run: 100 %, 72 %, 58 %, 0.60, 100 %;
stories219, at its first run: 86 %, 60 %, 57 %, 0.48, 100 %; stories220, at its first run: 85 %, 60 %, 42 %, 0.30, 56 %;
stories221, at its first run: 80 %, 50 %, 40 %, 0.40, 100 %; stories222, at its first run: 97 %, 69 %, 56 %, 0.44, 80 %;
stories223, at its first run: 94 %, 56 %, 28 %, 0.80, 100 %; stories224, at its first run: 76 %, 56 %, 29 %, 0.49, 100 %;
stories225, at its first run: 95 %, 66 %, 51 %, 0.62, 100 %; stories226, at its first run: 92 %, 71 %, 48 %, 0.46, 75 %;
stories227, at its first run: 96 %, 52 %, 46 %, 0.46, 100 %; stories228, at its first run: 94 %, 64 %, 44 %, 0.58, 100 %;
stories229, at its first run: 96 %, 63 %, 54 %, 0.34, 100 %; stories230, at its first run: 97 %, 62 %, 35 %, 0.39, 88 %;
stories231, at its first run: 96 %, 58 %, 38 %, 0.34, 71 %; stories232, at its first run: 100 %, 66 %, 50 %, 0.86, 100 %;
stories233, at its first run: 99 %, 78 %, 53 %, 0.61, 83 %; stories234, at its first run: 94 %, 65 %, 59 %, 0.59, 100 %;
stories235, at its first run: 89 %, 84 %, 77 %, 0.44, 100 %; stories236, at its first run: 93 %, 59 %, 37 %, 0.40, 100 %;
stories237, at its first run: 89 %, 81 %, 76 %, 0.57, 100 %; stories238, at its first run: 87 %, 59 %, 38 %, 0.47, 100 %;
stories239, at its first run: 85 %, 64 %, 38 %, 0.48, 100 %; stories240, at its first run: 90 %, 75 %, 68 %, 0.43, 92 %;
stories241, at its first run: 93 %, 78 %, 78 %, 0.70, 100 %; stories242, at its first run: 84 %, 64 %, 48 %, 0.60, 100 %;
stories243, at its first run: 96 %, 78 %, 62 %, 0.65, 100 %; stories244, at its first run: 84 %, 59 %, 59 %, 0.45, 100 %;
stories245, at its first run: 92 %, 80 %, 70 %, 0.48, 100 %; stories246, at its first run: 95 %, 82 %, 78 %, 0.73, 100 %;
stories247, at its first run: 94 %, 66 %, 49 %, 0.51, 100 %; stories248, at its first run: 94 %, 77 %, 62 %, 0.63, 100 %;
stories249, at its first run: 92 %, 59 %, 57 %, 0.48, 60 %; stories250, at its first run: 91 %, 71 %, 63 %, 0.62, 100 %;
stories251, at its first run: 91 %, 53 %, 42 %, 0.36, 100 %; stories252, at its first run: 95 %, 77 %, 51 %, 0.56, 100 %;
stories253, at its first run: 95 %, 76 %, 61 %, 0.54, 100 %; stories254, at its first run: 92 %, 87 %, 64 %, 0.38, 100 %;
stories255, at its first run: 96 %, 80 %, 59 %, 0.56, 91 %; stories256, at its first run: 83 %, 82 %, 79 %, 0.63, 75 %;
stories257, at its first run: 87 %, 53 %, 39 %, 0.42, 100 %; stories258, at its first run: 87 %, 61 %, 46 %, 0.45, 89 %;
stories259, at its first run: 35 %, 15 %, 10 %, 0.23, 25 %; stories260, at its first run: 85 %, 65 %, 42 %, 0.51, 100 %;
stories261, at its first run: 71 %, 59 %, 53 %, 0.34, 100 %; stories262, at its first run: 96 %, 74 %, 48 %, 0.51, 90 %;
stories263, at its first run: 78 %, 63 %, 54 %, 0.43, 89 %; stories264, at its first run: 95 %, 71 %, 53 %, 0.54, 100 %;
stories265, at its first run: 95 %, 70 %, 53 %, 0.40, 100 %; stories266, at its first run: 69 %, 50 %, 46 %, 0.27, 73 %;
stories267, at its first run: 83 %, 71 %, 65 %, 0.34, 100 %; stories268, at its first run: 92 %, 86 %, 65 %, 0.38, 100 %;
stories269, at its first run: 83 %, 57 %, 54 %, 0.45, 83 %; stories270, at its first run: 25 %, 21 %, 15 %, 0.17, 15 %;
stories271, at its first run: 63 %, 50 %, 38 %, 0.38, 64 %; stories272, at its first run: 92 %, 61 %, 49 %, 0.47, 62 %;
stories273, at its first run: 72 %, 52 %, 40 %, 0.46, 63 %; stories274, at its first run: 95 %, 75 %, 44 %, 0.48, 100 %;
stories275, at its first run: 82 %, 54 %, 46 %, 0.31, 54 %; stories276, at its first run: 92 %, 71 %, 55 %, 0.32, 91 %;
stories277, at its first run: 55 %, 42 %, 19 %, 0.27, 47 %; stories278, at its first run: 71 %, 43 %, 32 %, 0.21, 56 %;
stories279, at its first run: 86 %, 71 %, 55 %, 0.48, 67 %; stories280, at its first run: 93 %, 65 %, 58 %, 0.48, 100 %;
stories281, at its first run: 85 %, 80 %, 75 %, 0.49, 100 %; stories282, at its first run: 89 %, 51 %, 38 %, 0.53, 100 %;
stories283, at its first run: 93 %, 66 %, 63 %, 0.36, 100 %; stories284, at its first run: 80 %, 72 %, 61 %, 0.39, 100 %;
stories285, at its first run: 100 %, 97 %, 89 %, 0.51, 100 %; stories286, at its first run: 93 %, 59 %, 51 %, 0.62, 100 %;
stories287, at its first run: 91 %, 70 %, 65 %, 0.54, 100 %; stories288, at its first run: 96 %, 85 %, 80 %, 0.62, 100 %;
stories289, at its first run: 94 %, 69 %, 59 %, 0.55, 100 %; stories290, at its first run: 84 %, 58 %, 53 %, 0.33, 67 %;
stories291, at its first run: 93 %, 79 %, 68 %, 0.52, 100 %; stories292, at its first run: 73 %, 45 %, 42 %, 0.34, 63 %;
stories293, at its first run: 92 %, 67 %, 54 %, 0.53, 100 %; stories294, at its first run: 89 %, 55 %, 44 %, 0.63, 100 %;
stories295, at its first run: 78 %, 56 %, 52 %, 0.39, 71 %; stories296, at its first run: 72 %, 46 %, 35 %, 0.37, 42 %;
stories297, at its first run: 84 %, 59 %, 45 %, 0.40, 70 %; stories298, at its first run: 86 %, 63 %, 57 %, 0.43, 83 %;
stories299, at its first run: 90 %, 62 %, 60 %, 0.36, 100 %;
stories300, at its first run: 97 %, 94 %, 91 %, 0.47, 86 %; stories301, at its first run: 89 %, 81 %, 81 %, 0.52, 100 %;
stories302, at its first run: 93 %, 55 %, 47 %, 0.48, 100 %; stories303, at its first run: 88 %, 56 %, 46 %, 0.47, 71 %;
stories304, at its first run: 90 %, 76 %, 63 %, 0.54, 83 %;
stories305, at its first run: 87 %, 65 %, 65 %, 0.58, 100 %; stories306, at its first run: 92 %, 61 %, 57 %, 0.56, 100 %;
stories307, at its first run: 89 %, 62 %, 52 %, 0.25, 100 %; stories308, at its first run: 88 %, 74 %, 68 %, 0.47, 100 %;
stories309, at its first run: 89 %, 59 %, 50 %, 0.51, 83 %;
stories310, at its first run: 90 %, 72 %, 66 %, 0.53, 100 %; stories311, at its first run: 95 %, 88 %, 83 %, 0.49, 100 %;
stories312, at its first run: 93 %, 89 %, 76 %, 0.70, 100 %; stories313, at its first run: 88 %, 79 %, 69 %, 0.59, 100 %;
stories314, at its first run: 92 %, 79 %, 73 %, 0.38, 100 %;
stories315, at its first run: 93 %, 70 %, 69 %, 0.58, 100 %; stories316, at its first run: 91 %, 76 %, 66 %, 0.27, 100 %;
stories317, at its first run: 94 %, 87 %, 85 %, 0.70, 100 %; stories318, at its first run: 86 %, 67 %, 61 %, 0.47, 100 %;
stories319, at its first run: 87 %, 72 %, 62 %, 0.64, 100 %;
stories320, at its first run: 91 %, 62 %, 55 %, 0.34, 100 %; stories321, at its first run: 95 %, 91 %, 81 %, 0.43, 100 %;
stories322, at its first run: 84 %, 67 %, 62 %, 0.36, 100 %; stories323, at its first run: 96 %, 77 %, 73 %, 0.41, 100 %;
stories324, at its first run: 95 %, 74 %, 68 %, 0.41, 100 %; stories325, at its first run: 95 %, 88 %, 80 %, 0.35, 100 %;
stories326, at its first run: 93 %, 56 %, 37 %, 0.32, 100 %; stories327, at its first run: 88 %, 64 %, 45 %, 0.69, 100 %;
stories328, at its first run: 91 %, 67 %, 63 %, 0.50, 75 %; stories329, at its first run: 93 %, 75 %, 49 %, 0.54, 100 %;
stories330, at its first run: 91 %, 78 %, 59 %, 0.43, 100 %; stories331, at its first run: 97 %, 72 %, 52 %, 0.57, 100 %;
stories332, at its first run: 96 %, 76 %, 58 %, 0.50, 100 %; stories333, at its first run: 94 %, 75 %, 46 %, 0.70, 100 %;
stories334, at its first run: 95 %, 78 %, 72 %, 0.53, 100 %; stories335, at its first run: 92 %, 88 %, 81 %, 0.29, 100 %;
stories336, at its first run: 92 %, 82 %, 70 %, 0.43, 100 %; stories337, at its first run: 93 %, 79 %, 71 %, 0.34, 88 %;
stories338, at its first run: 96 %, 89 %, 84 %, 0.42, 100 %; stories339, at its first run: 88 %, 77 %, 72 %, 0.52, 100 %;
stories340, at its first run: 80 %, 64 %, 53 %, 0.56, 100 %; stories341, at its first run: 95 %, 88 %, 77 %, 0.41, 100 %;
stories342, at its first run: 96 %, 72 %, 52 %, 0.33, 100 %; stories343, at its first run: 95 %, 69 %, 52 %, 0.57, 100 %;
stories344, at its first run: 91 %, 78 %, 72 %, 0.50, 100 %; stories345, at its first run: 91 %, 79 %, 77 %, 0.31, 89 %;
stories346, at its first run: 91 %, 78 %, 62 %, 0.57, 100 %; stories347, at its first run: 91 %, 82 %, 72 %, 0.24, 100 %;
stories348, at its first run: 99 %, 72 %, 66 %, 0.35, 90 %; stories349, at its first run: 97 %, 73 %, 59 %, 0.50, 88 %;
stories350, at its first run: 96 %, 85 %, 73 %, 0.60, 100 %; stories351, at its first run: 95 %, 82 %, 70 %, 0.45, 100 %;
stories352, at its first run: 98 %, 77 %, 67 %, 0.69, 100 %; stories353, at its first run: 96 %, 86 %, 85 %, 0.46, 100 %;
stories354, at its first run: 94 %, 87 %, 72 %, 0.67, 100 %; stories355, at its first run: 88 %, 67 %, 57 %, 0.27, 100 %;
stories356, at its first run: 98 %, 72 %, 60 %, 0.52, 100 %; stories357, at its first run: 95 %, 56 %, 49 %, 0.52, 100 %;
stories358, at its first run: 95 %, 85 %, 84 %, 0.52, 100 %; stories359, at its first run: 94 %, 84 %, 83 %, 0.61, 100 %;
stories360, at its first run: 91 %, 62 %, 58 %, 0.47, 100 %; stories361, at its first run: 92 %, 79 %, 78 %, 0.49, 90 %;
stories362, at its first run: 93 %, 73 %, 67 %, 0.49, 100 %; stories363, at its first run: 92 %, 88 %, 85 %, 0.36, 100 %;
stories364, at its first run: 98 %, 73 %, 67 %, 0.38, 100 %; stories365, at its first run: 94 %, 69 %, 62 %, 0.53, 100 %;
stories366, at its first run: 94 %, 71 %, 62 %, 0.59, 100 %; stories367, at its first run: 98 %, 72 %, 62 %, 0.50, 100 %;
stories368, at its first run: 97 %, 55 %, 53 %, 0.55, 100 %; stories369, at its first run: 79 %, 48 %, 28 %, 0.35, 100 %;
stories370, at its first run: 90 %, 52 %, 46 %, 0.35, 100 %; stories371, at its first run: 89 %, 52 %, 45 %, 0.59, 100 %;
stories372, at its first run: 94 %, 64 %, 53 %, 0.56, 86 %; stories373, at its first run: 98 %, 67 %, 54 %, 0.46, 80 %;
stories374, at its first run: 100 %, 48 %, 41 %, 0.52, 100 %; stories375, at its first run: 92 %, 65 %, 54 %, 0.42, 100 %;
stories376, at its first run: 86 %, 70 %, 59 %, 0.29, 100 %; stories377, at its first run: 94 %, 82 %, 71 %, 0.47, 100 %;
stories378, at its first run: 97 %, 95 %, 92 %, 0.69, 100 %; stories379, at its first run: 87 %, 56 %, 49 %, 0.26, 100 %;
stories380, at its first run: 94 %, 94 %, 91 %, 0.67, 100 %; stories381, at its first run: 98 %, 87 %, 85 %, 0.57, 83 %;
stories382, at its first run: 97 %, 76 %, 73 %, 0.73, 83 %; stories383, at its first run: 91 %, 75 %, 63 %, 0.49, 100 %;
stories384, at its first run: 91 %, 74 %, 63 %, 0.56, 100 %; stories385, at its first run: 100 %, 66 %, 54 %, 0.40, 100 %;
stories386, at its first run: 100 %, 80 %, 69 %, 0.49, 100 %; stories387, at its first run: 95 %, 79 %, 71 %, 0.51, 100 %;
stories388, at its first run: 93 %, 86 %, 84 %, 0.44, 100 %; stories389, at its first run: 92 %, 82 %, 66 %, 0.42, 100 %;
stories390, at its first run: 93 %, 90 %, 57 %, 0.64, 100 %; stories391, at its first run: 97 %, 81 %, 73 %, 0.38, 100 %;
stories392, at its first run: 94 %, 87 %, 74 %, 0.65, 100 %; stories393, at its first run: 93 %, 86 %, 82 %, 0.47, 100 %;
stories394, at its first run: 96 %, 75 %, 72 %, 0.65, 100 %; stories395, at its first run: 99 %, 89 %, 77 %, 0.71, 100 %;
stories396, at its first run: 97 %, 85 %, 76 %, 0.55, 100 %; stories397, at its first run: 91 %, 80 %, 74 %, 0.75, 100 %;
stories398, at its first run: 92 %, 86 %, 84 %, 0.41, 100 %; stories399, at its first run: 96 %, 76 %, 58 %, 0.74, 100 %;
stories400, at its first run: 94 %, 82 %, 79 %, 0.32, 100 %; stories401, at its first run: 93 %, 75 %, 66 %, 0.68, 100 %;
stories402, at its first run: 97 %, 81 %, 72 %, 0.75, 100 %; stories403, at its first run: 100 %, 100 %, 90 %, 0.69, 100 %;
stories404, at its first run: 88 %, 68 %, 68 %, 0.57, 100 %;
stories405, at its first run: 93 %, 77 %, 66 %, 0.31, 100 %; stories406, at its first run: 87 %, 80 %, 63 %, 0.42, 100 %;
stories407, at its first run: 97 %, 74 %, 64 %, 0.32, 100 %; stories408, at its first run: 100 %, 93 %, 80 %, 0.56, 100 %;
stories409, at its first run: 90 %, 90 %, 90 %, 0.33, 100 %; stories410, at its first run: 96 %, 88 %, 84 %, 0.50, 100 %;
stories411, at its first run: 96 %, 50 %, 39 %, 0.78, 100 %;
stories412, at its first run: 93 %, 73 %, 58 %, 0.59, 100 %; stories413, at its first run: 98 %, 87 %, 82 %, 0.57, 100 %;
stories414, at its first run: 96 %, 73 %, 61 %, 0.57, 100 %; stories415, at its first run: 94 %, 82 %, 76 %, 0.00, 100 %;
stories416, at its first run: 93 %, 79 %, 67 %, 0.47, 100 %; stories417, at its first run: 97 %, 78 %, 78 %, 0.13, 100 %;
stories418, at its first run: 95 %, 84 %, 63 %, 0.74, 100 %; stories419, at its first run: 91 %, 84 %, 84 %, 0.47, 100 %;
stories420, at its first run: 95 %, 79 %, 75 %, 0.64, 100 %; stories421, at its first run: 100 %, 100 %, 100 %, 0.47, 100 %;
stories422, at its first run: 95 %, 95 %, 89 %, 0.24, 100 %; stories423, at its first run: 91 %, 85 %, 71 %, 0.65, 100 %;
stories424, at its first run: 100 %, 60 %, 40 %, 0.26, 100 %; stories425, at its first run: 79 %, 72 %, 62 %, 0.33, 100 %;
stories426, at its first run: 92 %, 67 %, 67 %, 0.52, 100 %; stories427, at its first run: 98 %, 70 %, 46 %, 0.39, 100 %;
stories428, at its first run: 96 %, 87 %, 80 %, 0.34, 100 %; stories429, at its first run: 71 %, 64 %, 64 %, 0.30, 100 %;
stories430, at its first run: 82 %, 42 %, 37 %, 0.78, 100 %; stories431, at its first run: 86 %, 71 %, 61 %, 0.56, 100 %;
stories432, at its first run: 97 %, 77 %, 77 %, 0.47, 100 %; stories433, at its first run: 98 %, 87 %, 72 %, 0.42, 100 %;
stories434, at its first run: 88 %, 78 %, 72 %, 0.77, 100 %; stories435, at its first run: 98 %, 66 %, 49 %, 0.52, 100 %;
stories436, at its first run: 100 %, 75 %, 75 %, 0.67, 100 %;
stories437, at its first run: 98 %, 78 %, 66 %, 0.58, 100 %;
stories438, at its first run: 69 %, 60 %, 54 %, 0.33, 50 %;
stories439, at its first run: 95 %, 57 %, 43 %, 0.62, 100 %;
stories440, at its first run: 97 %, 92 %, 82 %, 0.34, 100 %;
stories441, at its first run: 67 %, 58 %, 50 %, 0.38, 62 %;
stories442, at its first run: 41 %, 41 %, 24 %, 0.23, 38 %;
stories443, at its first run: 96 %, 76 %, 35 %, 0.33, 100 %;
stories444, at its first run: 74 %, 48 %, 33 %, 0.56, 67 %;
stories445, at its first run: 72 %, 54 %, 50 %, 0.60, 57 %;
stories446, at its first run: 85 %, 71 %, 67 %, 0.48, 50 %;
stories447, at its first run: 98 %, 91 %, 61 %, 0.37, 100 %;
stories448, at its first run: 94 %, 65 %, 56 %, 0.59, 100 %;
stories449, at its first run: 91 %, 79 %, 74 %, 0.60, 100 %;
stories450, at its first run: 93 %, 66 %, 59 %, 0.30, 100 %;
stories451, at its first run: 98 %, 94 %, 86 %, 0.36, 100 %;
stories452, at its first run: 42 %, 26 %, 23 %, 0.09, 11 %;
stories453, at its first run: 98 %, 73 %, 66 %, 0.47, 100 %;
stories454, at its first run: 67 %, 54 %, 37 %, 0.60, 50 %;
stories455, at its first run: 92 %, 60 %, 57 %, 0.33, 100 %;
stories456, at its first run: 100 %, 88 %, 60 %, 0.35, 100 %;
stories457, at its first run: 83 %, 57 %, 54 %, 0.54, 100 %;
stories458, at its first run: 90 %, 83 %, 67 %, 0.50, 100 %;
stories459, at its first run: 98 %, 90 %, 81 %, 0.55, 100 %;
stories460, at its first run: 85 %, 40 %, 32 %, 0.50, 100 %;
stories461, at its first run: 85 %, 74 %, 44 %, 0.33, 100 %;
stories462, at its first run: 68 %, 51 %, 42 %, 0.33, 57 %;
stories463, at its first run: 93 %, 80 %, 65 %, 0.38, 100 %;
stories464, at its first run: 100 %, 81 %, 69 %, 0.69, 100 %;
stories465, at its first run: 95 %, 88 %, 72 %, 0.39, 100 %;
stories466, at its first run: 98 %, 78 %, 62 %, 0.60, 100 %;
stories467, at its first run: 95 %, 57 %, 40 %, 0.36, 100 %;
stories468, at its first run: 92 %, 90 %, 88 %, 0.38, 100 %;
stories469, at its first run: 93 %, 89 %, 89 %, 0.57, 100 %;
stories470, at its first run: 93 %, 62 %, 43 %, 0.35, 100 %;
stories471, at its first run: 83 %, 70 %, 57 %, 0.38, 100 %;
stories472, at its first run: 59 %, 37 %, 27 %, 0.50, 40 %;
stories473, at its first run: 73 %, 57 %, 46 %, 0.38, 70 %;
stories474, at its first run: 78 %, 76 %, 70 %, 0.61, 100 %;
stories475, at its first run: 87 %, 72 %, 62 %, 0.29, 80 %;
stories476, at its first run: 59 %, 41 %, 27 %, 0.00, 50 %;
stories477, at its first run: 95 %, 71 %, 62 %, 0.36, 100 %;
stories478, at its first run: 97 %, 87 %, 76 %, 0.60, 100 %;
stories479, at its first run: 87 %, 63 %, 47 %, 0.34, 100 %;
stories480, at its first run: 50 %, 37 %, 32 %, 0.12, 50 %;
stories481, at its first run: 96 %, 73 %, 67 %, 0.48, 100 %;
stories482, at its first run: 93 %, 82 %, 69 %, 0.57, 100 %;
stories483, at its first run: 96 %, 67 %, 51 %, 0.25, 100 %;
stories484, at its first run: 98 %, 89 %, 61 %, 0.74, 75 %;
stories485, at its first run: 97 %, 76 %, 58 %, 0.29, 100 %;
stories486, at its first run: 97 %, 51 %, 44 %, 0.25, 100 %;
stories487, at its first run: 82 %, 67 %, 40 %, 0.55, 100 %;
stories488, at its first run: 88 %, 68 %, 54 %, 0.55, 100 %;
stories489, at its first run: 96 %, 91 %, 81 %, 0.33, 100 %;
stories490, at its first run: 78 %, 67 %, 56 %, 1.00, 100 %;
stories492, at its first run: 100 %, 84 %, 84 %, 0.63, 100 %;
stories493, at its first run: 90 %, 87 %, 85 %, 0.69, 100 %;
stories494, at its first run: 56 %, 44 %, 27 %, 0.15, 38 %;
stories495, at its first run: 100 %, 92 %, 71 %, 0.50, 100 %;
stories496, at its first run: 95 %, 84 %, 80 %, 0.50, 100 %;
stories497, at its first run: 89 %, 57 %, 39 %, 0.55, 100 %;
stories498, at its first run: 94 %, 78 %, 71 %, 0.57, 100 %;
stories499, at its first run: 89 %, 67 %, 63 %, 0.50, 100 %;
stories500, at its first run: 70 %, 50 %, 48 %, 0.56, 67 %;
stories501, at its first run: 88 %, 65 %, 62 %, 0.36, 100 %;
stories502, at its first run: 61 %, 44 %, 41 %, 0.28, 40 %;
stories503, at its first run: 95 %, 60 %, 45 %, 0.62, 100 %;
stories504, at its first run: 91 %, 77 %, 77 %, 0.25, 100 %;
stories505, at its first run: 94 %, 47 %, 47 %, 0.46, 100 %;
stories506, at its first run: 95 %, 93 %, 88 %, 0.50, 100 %;
stories507, at its first run: 100 %, 71 %, 67 %, 0.17, 100 %;
stories508, at its first run: 98 %, 86 %, 84 %, 0.51, 100 %;
stories509, at its first run: 76 %, 69 %, 54 %, 0.11, 75 %;
stories510, at its first run: 96 %, 85 %, 55 %, 0.40, 100 %;
stories511, at its first run: 100 %, 79 %, 61 %, 0.54, 100 %;
stories512, at its first run: 87 %, 82 %, 58 %, 0.48, 100 %;
stories513, at its first run: 100 %, 88 %, 67 %, 0.41, 100 %;
stories514, at its first run: 92 %, 71 %, 60 %, 0.44, 100 %;
stories515, at its first run: 86 %, 65 %, 53 %, 0.35, 60 %;
stories516, at its first run: 93 %, 80 %, 77 %, 0.72, 100 %;
stories517, at its first run: 94 %, 91 %, 88 %, 0.72, 100 %;
stories518, at its first run: 96 %, 90 %, 71 %, 0.38, 100 %;
stories519, at its first run: 90 %, 85 %, 68 %, 0.39, 100 %;
stories520, at its first run: 85 %, 81 %, 38 %, 0.55, 50 %;
stories521, at its first run: 94 %, 87 %, 62 %, 0.33, 100 %;
stories522, at its first run: 91 %, 44 %, 44 %, 0.34, 100 %;
stories523, at its first run: 89 %, 68 %, 61 %, 0.40, 100 %;
stories524, at its first run: 93 %, 77 %, 53 %, 0.62, 100 %;
stories525, at its first run: 72 %, 62 %, 38 %, 0.25, 67 %;
stories526, at its first run: 98 %, 88 %, 56 %, 0.69, 100 %;
stories527, at its first run: 100 %, 91 %, 70 %, 0.63, 100 %;
stories528, at its first run: 100 %, 87 %, 40 %, 0.46, 100 %;
stories529, at its first run: 100 %, 96 %, 74 %, 0.67, 100 %;
stories530, at its first run: 96 %, 78 %, 78 %, 0.55, 100 %;
stories531, at its first run: 95 %, 68 %, 68 %, 0.28, 100 %;
stories532, at its first run: 92 %, 75 %, 65 %, 0.83, 100 %;
stories533, at its first run: 88 %, 62 %, 54 %, 0.71, 50 %;
stories534, at its first run: 92 %, 77 %, 73 %, 0.31, 100 %;
stories535, at its first run: 91 %, 74 %, 60 %, 0.37, 100 %;
stories536, at its first run: 95 %, 90 %, 88 %, 0.58, 100 %;
stories537, at its first run: 98 %, 80 %, 65 %, 0.17, 100 %;
stories538, at its first run: 91 %, 61 %, 52 %, 0.57, 100 %;
stories539, at its first run: 67 %, 50 %, 48 %, 0.21, 67 %;
stories540, at its first run: 67 %, 41 %, 41 %, 0.33, 62 %;
stories541, at its first run: 97 %, 95 %, 71 %, 0.47, 100 %;
stories542, at its first run: 95 %, 74 %, 62 %, 0.46, 100 %;
stories543, at its first run: 60 %, 35 %, 35 %, 0.00, 50 %;
stories544, at its first run: 94 %, 55 %, 55 %, 0.48, 100 %;
stories545, at its first run: 96 %, 72 %, 59 %, 0.55, 88 %;
stories546, at its first run: 95 %, 76 %, 61 %, 0.55, 100 %;
stories547, at its first run: 96 %, 69 %, 60 %, 0.59, 86 %;
stories548, at its first run: 61 %, 61 %, 57 %, 0.32, 50 %;
stories549, at its first run: 95 %, 75 %, 58 %, 0.43, 83 %;
stories550, at its first run: 100 %, 61 %, 47 %, 0.48, 80 %;
stories551, at its first run: 96 %, 80 %, 80 %, 0.44, 100 %;
stories552, at its first run: 98 %, 80 %, 78 %, 0.47, 100 %;
stories553, at its first run: 98 %, 88 %, 70 %, 0.42, 100 %;
stories554, at its first run: 95 %, 88 %, 77 %, 0.45, 100 %;
stories555, at its first run: 94 %, 76 %, 65 %, 0.33, 100 %;
stories556, at its first run: 98 %, 77 %, 73 %, 0.47, 100 %;
stories557, at its first run: 92 %, 77 %, 69 %, 0.53, 100 %;
stories558, at its first run: 89 %, 75 %, 72 %, 0.51, 100 %;
stories559, at its first run: 68 %, 63 %, 47 %, 0.47, 62 %;
stories560, at its first run: 91 %, 89 %, 83 %, 0.49, 100 %;
stories561, at its first run: 100 %, 84 %, 59 %, 0.73, 100 %;
stories562, at its first run: 100 %, 80 %, 78 %, 0.53, 86 %;
stories563, at its first run: 93 %, 76 %, 58 %, 0.43, 100 %;
stories564, at its first run: 100 %, 91 %, 91 %, 0.31, 100 %;
stories565, at its first run: 93 %, 89 %, 80 %, 0.51, 100 %;
stories566, at its first run: 100 %, 97 %, 83 %, 0.43, 100 %;
stories567, at its first run: 92 %, 82 %, 54 %, 0.58, 100 %;
stories568, at its first run: 88 %, 69 %, 50 %, 0.20, 100 %;
stories569, at its first run: 96 %, 82 %, 75 %, 0.61, 100 %;
stories570, at its first run: 83 %, 67 %, 54 %, 0.28, 100 %;
stories571, at its first run: 100 %, 64 %, 45 %, 0.29, 100 %;
stories572, at its first run: 87 %, 69 %, 51 %, 0.47, 100 %;
stories573, at its first run: 95 %, 78 %, 75 %, 0.75, 100 %;
stories574, at its first run: 97 %, 77 %, 73 %, 0.70, 100 %;
stories575, at its first run: 95 %, 81 %, 52 %, 0.40, 100 %;
stories576, at its first run: 85 %, 83 %, 50 %, 0.36, 100 %;
stories577, at its first run: 72 %, 64 %, 57 %, 0.31, 50 %;
stories578, at its first run: 85 %, 67 %, 58 %, 0.30, 100 %;
stories579, at its first run: 94 %, 78 %, 78 %, 0.53, 100 %;
stories580, at its first run: 86 %, 72 %, 58 %, 0.52, 40 %;
stories581, at its first run: 92 %, 75 %, 65 %, 0.78, 100 %;
stories582, at its first run: 83 %, 57 %, 36 %, 0.00, 100 %;
stories583, at its first run: 87 %, 67 %, 67 %, 0.62, 100 %;
stories584, at its first run: 98 %, 81 %, 70 %, 0.61, 100 %;
stories585, at its first run: 100 %, 84 %, 84 %, 0.42, 100 %;
stories586, at its first run: 59 %, 59 %, 59 %, 0.53, 25 %;
stories587, at its first run: 45 %, 33 %, 33 %, 0.33, 25 %;
stories588, at its first run: 91 %, 78 %, 65 %, 0.43, 100 %;
stories589, at its first run: 78 %, 65 %, 48 %, 0.65, 67 %;
stories590, at its first run: 98 %, 91 %, 91 %, 0.46, 100 %;
stories591, at its first run: 91 %, 59 %, 52 %, 0.30, 100 %;
stories592, at its first run: 20 %, 10 %, 7 %, 0.12, 20 %;
stories593, at its first run: 86 %, 80 %, 78 %, 0.65, 75 %;
stories594, at its first run: 86 %, 84 %, 57 %, 0.60, 100 %;
stories595, at its first run: 88 %, 48 %, 36 %, 0.19, 50 %;
stories596, at its first run: 88 %, 78 %, 75 %, 0.45, 100 %;
stories597, at its first run: 97 %, 84 %, 75 %, 0.56, 100 %;
stories598, at its first run: 93 %, 72 %, 60 %, 0.37, 100 %;
stories599, at its first run: 94 %, 90 %, 71 %, 0.50, 100 %;
stories600, at its first run: 100 %, 85 %, 81 %, 0.51, 100 %;
stories601, at its first run: 100 %, 88 %, 80 %, 0.33, 100 %;
stories602, at its first run: 41 %, 30 %, 30 %, 0.40, 25 %;
stories603, at its first run: 93 %, 87 %, 73 %, 0.84, 100 %;
stories604, at its first run: 95 %, 63 %, 54 %, 0.57, 88 %;
stories605, at its first run: 94 %, 88 %, 88 %, 0.35, 100 %;
stories606, at its first run: 100 %, 81 %, 70 %, 0.47, 100 %;
stories607, at its first run: 88 %, 74 %, 50 %, 0.47, 100 %;
stories608, at its first run: 55 %, 52 %, 42 %, 0.47, 57 %;
stories609, at its first run: 94 %, 86 %, 81 %, 0.43, 100 %;
stories610, at its first run: 86 %, 73 %, 68 %, 0.40, 100 %;
stories611, at its first run: 71 %, 71 %, 60 %, 0.41, 67 %;
stories612, at its first run: 84 %, 81 %, 81 %, 0.24, 100 %;
stories613, at its first run: 62 %, 57 %, 50 %, 0.51, 40 %;
stories614, at its first run: 100 %, 73 %, 73 %, 0.30, 100 %;
stories615, at its first run: 71 %, 58 %, 49 %, 0.36, 62 %;
stories616, at its first run: 54 %, 17 %, 17 %, 0.17, 0 %;
stories617, at its first run: 92 %, 80 %, 78 %, 0.62, 100 %;
stories618, at its first run: 100 %, 90 %, 72 %, 0.48, 100 %;
stories619, at its first run: 47 %, 37 %, 37 %, 0.53, 25 %;
stories620, at its first run: 100 %, 69 %, 57 %, 0.61, 100 %;
stories621, at its first run: 96 %, 85 %, 85 %, 0.79, 100 %;
stories622, at its first run: 71 %, 46 %, 39 %, 0.39, 86 %;
stories623, at its first run: 66 %, 44 %, 41 %, 0.22, 64 %;
stories624, at its first run: 82 %, 45 %, 45 %, 0.00, 100 %;
stories625, at its first run: 14 %, 14 %, 0 %, 0.00, 14 %;
stories626, at its first run: 41 %, 41 %, 41 %, 0.35, 25 %;
stories627, at its first run: 92 %, 81 %, 77 %, 0.62, 100 %;
stories628, at its first run: 89 %, 74 %, 66 %, 0.46, 75 %;
stories629, at its first run: 95 %, 81 %, 74 %, 0.24, 100 %;
stories630, at its first run: 87 %, 67 %, 67 %, 0.22, 100 %;
stories631, at its first run: 100 %, 73 %, 67 %, 0.38, 100 %;
stories632, at its first run: 68 %, 58 %, 47 %, 0.57, 33 %;
stories633, at its first run: 74 %, 51 %, 44 %, 0.58, 71 %;
stories634, at its first run: 100 %, 79 %, 79 %, 1.00, 100 %;
stories635, at its first run: 96 %, 86 %, 86 %, 0.42, 100 %;
stories636, at its first run: 82 %, 64 %, 64 %, 0.62, 100 %;
stories637, at its first run: 93 %, 57 %, 57 %, 0.33, 100 %;
stories638, at its first run: 96 %, 82 %, 82 %, 0.48, 100 %;
stories639, at its first run: 71 %, 49 %, 33 %, 0.30, 62 %;
stories640, at its first run: 95 %, 80 %, 80 %, 0.69, 100 %;
stories641, at its first run: 97 %, 77 %, 77 %, 0.57, 75 %;
stories642, at its first run: 98 %, 93 %, 68 %, 0.36, 100 %;
stories643, at its first run: 96 %, 88 %, 88 %, 0.31, 100 %;
stories644, at its first run: 62 %, 50 %, 19 %, 0.47, 60 %;
stories645, at its first run: 69 %, 46 %, 40 %, 0.26, 50 %;
stories646, at its first run: 71 %, 71 %, 71 %, 0.52, 70 %;
stories647, at its first run: 79 %, 62 %, 41 %, 0.52, 75 %;
stories648, at its first run: 74 %, 71 %, 53 %, 0.58, 71 %;
stories649, at its first run: 77 %, 46 %, 31 %, 0.40, 50 %;
stories650, at its first run: 83 %, 77 %, 69 %, 0.51, 78 %;
stories651, at its first run: 95 %, 79 %, 76 %, 0.42, 100 %;
stories652, at its first run: 95 %, 80 %, 40 %, 0.43, 100 %;
stories653, at its first run: 0 %, 0 %, 0 %, 0.00, 0 %;
stories654, at its first run: 91 %, 45 %, 32 %, 0.61, 60 %;
stories655, at its first run: 93 %, 93 %, 93 %, 0.47, 100 %;
stories656, at its first run: 100 %, 91 %, 91 %, 0.67, 100 %;
stories657, at its first run: 85 %, 77 %, 65 %, 0.21, 100 %;
stories658, at its first run: 86 %, 57 %, 48 %, 0.36, 67 %;
stories659, at its first run: 83 %, 78 %, 74 %, 0.43, 100 %),
so that a change that costs real stories fails here.
Two floors were lowered in session 30, by one event's worth, with the merge changes of that
session (merge F1 pooled over all sets 0.481 -> 0.488 undated hidden, 0.487 -> 0.496 all dated):
stories53's merge precision 0.62 -> 0.61 (now 0.619), stories68's publication coverage 0.80 ->
0.77 (one of its nine undated articles; pooled coverage 1,190 -> 1,188 of 1,256).
One more in session 33 with merge.PLACE_NAMED (pooled merge F1 0.4844 -> 0.4874 undated
hidden, 0.4928 -> 0.4950 all dated): stories88's merge precision 0.47 -> 0.46 (now 0.468: five
more false pairs in one story).
Three in session 34 with events.OTHER_DATE_PARTS (a second date of another day in a dated
clause dates a part of its own; pooled over all 109 studied sets, after that session's verb
changes: dated 9,529 -> 9,584 / 9,745 -> 9,802, sharp 7,846 -> 7,885 / 9,141 -> 9,175, merge
F1 0.4910 -> 0.4942 / 0.4966 -> 0.5003, undated hidden / all dated): stories65's merge F1 and
precision 0.56 / 0.57 -> 0.52 / 0.52 (now 0.543 / 0.543: a part cut after "بتاريخ 8 مارس"
took words of the 19 March ruling), stories85's merge F1 0.35 -> 0.30 (now 0.327: a part cut
before "بدءا من الأول من يوليو" took the VAT rise's words, which link it to the allowance cut).
And with chronology.BARE_FRAMES (a bare reporting frame is a source of the event its sentence
tells; 688 fewer events shown, found +40, dated +35): stories53's merge precision 0.61 -> 0.55
(now 0.56: the frames "قال / أعلن محافظ أربيل" of two articles now sit in the flood events).
One in session 46 with text.SAYING_DATE_COMMAS (pooled over the 240 studied sets + dev: found +9 /
+9, merge F1 +0.0016 / +0.0009): stories142's merge precision 0.51 -> 0.46 (now 0.478, recall 0.585
-> 0.677: "أعلن ...، [date]، الحداد" now found as one clause, its phrase joins an event whose other
phrases are of other gold keys).
One in session 48 with days.DATE_WORD_POINT and resolution.RANGE_START_IN_END_YEAR (pooled over the
255 studied sets + dev: dated +3 / +1, merge F1 +0.0001 / +0.0000): stories228's merge precision
0.62 -> 0.61 (now 0.615, recall 0.50 -> 0.57, F1 0.583 -> 0.593: in the Syrian ban's story
"اعتباراً من تاريخ 29 حزيران" is now read as a start, not a date: one more true pair, two more
false ones; no event's date changed).
And one with chronology.LINK_FITS_SOME (pooled over the 265 sets + dev, undated hidden: dated +3,
sharp +21): stories215's dated floor 0.71 -> 0.66 (now 0.682, sharp 0.41 -> 0.55: the Tangier
arrest story's third, undated article was placed over five years, 2019-2024, and the events merged
with it were "dated right" by that width; now its range is 18-28 September 2024, holding the truth,
and those events lie on three days, two of them a day or two off).
One in session 50 with chronology.BACKGROUND_APART (pooled over the 276 sets + dev: merge F1
+0.0008 / +0.0001, precision 0.555 -> 0.574 / 0.570 -> 0.587): stories226's merge F1 0.38 -> 0.37
(now 0.378: one report told as background, "وكانت ... قد", with its own date no longer in the event
of the same day's news, and one true pair with it).
And one in session 53 with text.DECISION_DATE_COMMAS (a decision verb's object after a date
between commas stays in its clause; pooled over the 299 sets + dev: found +3 / +3, merge F1
+0.0007 / +0.0010): stories228's merge precision 0.61 -> 0.58 (now 0.588, F1 0.593 -> 0.645: the
Syrian ban's decision now holds what it decided: more of its reports join, true pairs and false).
Two in session 56 with spans.ANNIVERSARY and events.NAMES_NOT_VERBS (pooled over the 309 sets +
dev: dated +10 / +9, sharp +6 / +8, merge F1 -0.0007 / -0.0003): stories319's merge F1 and precision
0.60 / 0.65 -> 0.31 / 0.55 (now 0.353 / 0.600: the Ghouta attack's six reports, one event dated
19-21 August 2013 before, are three events each dated 21 August 2013 since the anniversaries of two
more articles name it as reports of their own; Sabra and Shatila's massacre, told in three
articles and one event dated on the day of its commemoration before, is now 14-16 September 1982
in one article's report, apart from the other two, which stay with the commemoration: two true
pairs fewer), stories217's publication coverage 0.88 -> 0.87 (7
of its 8 undated articles: one placed through "ياسر ميرغني" read as a verb, "يأسر", no longer is).
One in session 69 with dates.MONTH_OF_NEIGHBOUR_YEAR_NAMED (the fifteenth check: "بحلول سبتمبر/ أيلول
العام المقبل 2022" now takes its year number; pooled with the check's other mends over the 436 sets
+ dev: dated +1 / +1, sharp +1 / +1, merge F1 -0.0001 / -0.0001): stories373's merge F1 and precision
0.41 / 0.55 -> 0.35 / 0.37 (now 0.394 / 0.424: the clause "على أن ينتهي اتفاق "الخفض الجاري" ...
بحلول سبتمبر/ أيلول العام المقبل 2022", two reports before, is one report now, its days from the
publication to September 2022, and it joins the cluster of the August increase: eight false pairs
more, one true pair fewer).
One in session 70 with publication.CREDIBLE_TIES (a credible set keeps the days as heavy as the last
one it needed; pooled over the 436 sets + dev, undated hidden: publications holding the truth
4,392 -> 4,399 of 4,645, dated -2, sharp -6, merge F1 0.5025 -> 0.5024): stories357's merge
precision 0.81 -> 0.80 (now 0.800: two undated articles' ranges now hold a week more, the Saturday
or Monday as heavy as the one kept before, and reports dated through them join another cluster: two
false pairs more).
Three in session 71 with dates.DAY_BARE_OF_RELATIVE_MONTH (a day number before "الشهر الجاري"
with no "من" is that day; pooled over the 451 sets of the session's start, undated hidden / all
dated: found -2 / -2, dated +3 / +3, sharp +4 / +1): stories424's found 0.95 -> 0.90 and merge F1
and precision 0.22 / 0.28 -> 0.10 / 0.16 (now 0.90, 0.100 / 0.167: the gold phrases "الأحد الموافق
لـ 11 الشهر الجاري" and "... لـ 18 الشهر الجاري", two Sundays off work, are read as the dates 11 and
18 December now, where they were a clause dated wrong (4 December) before; as dates they are no
report, so two gold events are not found and their pairs count as missed, while the decision's
clause is now dated right).
One in session 74 with dates.ORDINAL_GREGORIAN_NO_MIN ("مجازر الثامن ماي 1945" is 8 May 1945, no
longer May 1945; pooled over the 495 sets + dev, undated hidden: dated -1, sharp +1, merge F1
+0.0000): stories319's merge precision 0.55 -> 0.47 (now 0.480, F1 0.467 -> 0.393: "بمناسبة
الذكرى الثمانين لمجازر الثامن ماي 1945" is now read as "8 ماي 1945" was, the commemorating clause
80 years on and the massacres apart, so the gold phrase of the massacres joins the 2025 memory day,
and "مظاهرات الثامن ماي 1945" the massacres of the same day, under another gold key).
One in session 75 with chronology._postponed_to ("إلى غاية 08 ديسمبر 2025" after "تمديد" is a day
ahead; pooled over the 562 sets + dev, undated hidden: dated +4, sharp +5, publications +3): stories242's
merge F1 0.52 -> 0.47 (now 0.500, was 0.600: the undated article of Friday 5 December that announces
the extension "إلى غاية 08 ديسمبر 2025" is no longer placed after the 8th; its range still holds
the truth, 28 November - 5 December, but a wrong link to the campaign's launch, "تمديد فترة التلقيح"
taken for the launch of 30 November, now weighs the Friday before, so two of its reports move a week
early and leave their gold pairs).
One in session 76 with events.LATER_BARE (a clause told as done with a bare "بعد" + count counts
from the report before it, no longer from the publication; pooled over the 584 sets stories2-587 + dev, undated
hidden: dated +14, sharp +18, merge tp / fp +3 / +11): stories53's merge F1 and precision 0.55 /
0.55 -> 0.53 / 0.54 (now 0.538 / 0.543, were 0.553 / 0.553: "بينما شاركت الإمارات العربية المتحدة
بعد 4 سنوات في نهائيات إيطاليا" is now 1990, its gold day, counted from "عام 1986" and no longer
2029, four years after the publication; the story's clusters then join one fewer true pair, the
draw of 20 November of one article with another's "سحب القرعة").
One in session 76 with text.EXCEPTIVE_NOT_NEGATED ("لم ... إلا" says what did happen; pooled over
the 584 sets stories2-587 + dev, undated hidden: found +9, dated +8, sharp +6, merge tp +2): stories330's merge
F1 and precision 0.39 / 0.49 -> 0.38 / 0.48 (now 0.388 / 0.481, were 0.412 / 0.500: "ولم يعد إلا في
ساعات الصباح الأولى من اليوم التالي" is now found and dated right, the power's return, but its
report is an event apart from the one the other articles' return joined).
The dated and sharp floors of stories2, stories3 and stories5 were raised after the event-dating
work of the `dating` branch (then: stories2 74 % / 48 %, stories3 71 % / 60 %, stories5 77 % / 47 %).
"""

import contextlib
import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "realnews"))

import score_stories  # noqa: E402

SETS = {
    # set: (file, gold events, undated articles, floors: found, dated, sharp, merge F1,
    # merge precision, publication coverage)
    "stories": ("stories", 133, 24, (0.78, 0.62, 0.42, 0.30, 0.38, 0.85)),
    "stories2": ("stories2", 110, 18, (0.80, 0.70, 0.45, 0.36, 0.40, 0.90)),
    "stories3": ("stories3", 127, 20, (0.80, 0.67, 0.56, 0.32, 0.42, 0.90)),
    "stories4": ("stories4", 125, 19, (0.78, 0.64, 0.44, 0.32, 0.35, 0.85)),
    "stories5": ("stories5", 129, 18, (0.82, 0.73, 0.44, 0.26, 0.30, 0.85)),
    "stories6": ("stories6", 110, 16, (0.74, 0.56, 0.28, 0.12, 0.16, 0.85)),
    "stories7": ("stories7", 123, 15, (0.71, 0.45, 0.28, 0.18, 0.20, 0.90)),
    "stories8": ("stories8", 116, 12, (0.80, 0.50, 0.38, 0.18, 0.30, 0.85)),
    "stories9": ("stories9", 86, 10, (0.74, 0.52, 0.38, 0.12, 0.20, 0.75)),
    "stories10": ("stories10", 116, 15, (0.70, 0.50, 0.34, 0.26, 0.45, 0.80)),
    # stories11: the three articles of bahrain-pope-visit-2022 are all undated, with no date
    # in any but "اليوم الأحد", "عام 1939" and "منذ ... عام 2013 ... على مدار تسع سنوات":
    # nothing to anchor them, so no range (undated 14, ranged 11)
    # stories12: two stories have no dated article and no year in any text (Aswan's scorpions,
    # Morocco-Portugal): their six articles get no range (undated 17, ranged 11).  Its
    # publication floor went from 0.60 to 0.55 when link evidence was weighed by the
    # measured precision of the letters-inclusive merge score (LINK_SCORE_SCALE 0.6): one
    # article (sudan-nile-floods-2020-1) then loses the truth, while the unseen sets keep
    # theirs (0.75 keeps it and loses two of 39 in stories13-15)
    "stories12": ("stories12", 117, (17, 11), (0.60, 0.46, 0.28, 0.30, 0.45, 0.55)),
    "stories13": ("stories13", 78, 12, (0.74, 0.54, 0.36, 0.40, 0.45, 0.90)),
    "stories14": ("stories14", 106, 12, (0.85, 0.60, 0.38, 0.22, 0.28, 0.70)),
    "stories15": ("stories15", 133, 15, (0.86, 0.74, 0.50, 0.26, 0.27, 0.90)),
    "stories16": ("stories16", 101, 13, (0.70, 0.56, 0.26, 0.25, 0.45, 0.84)),
    "stories17": ("stories17", 113, 17, (0.80, 0.58, 0.33, 0.25, 0.28, 0.90)),
    "stories18": ("stories18", 116, 14, (0.84, 0.68, 0.52, 0.38, 0.45, 0.78)),
    "stories19": ("stories19", 87, 12, (0.82, 0.68, 0.47, 0.30, 0.26, 0.90)),
    "stories20": ("stories20", 107, 13, (0.82, 0.57, 0.41, 0.38, 0.36, 0.90)),
    "stories21": ("stories21", 103, 13, (0.75, 0.60, 0.37, 0.33, 0.39, 0.90)),
    "stories22": ("stories22", 119, 16, (0.85, 0.58, 0.35, 0.30, 0.36, 0.90)),
    # stories23: iraq-census-2024-2 lost its publication day to an echo of an "until" until
    # _ECHO_SKIP took "until" (0.92 -> 1.0 of the ranged articles)
    "stories23": ("stories23", 111, 12, (0.78, 0.52, 0.42, 0.40, 0.40, 0.90)),
    # stories24: the three articles of jordan-worldcup-qualification-2025 are all undated,
    # with no year in any: no range (undated 14, ranged 11; coverage counts them as misses).
    # Merge precision 0.46 -> 0.35 when straight quotes around short names stopped cutting
    # clauses (text.SHORT_QUOTES): the oaths of sudan-hamdok-sworn-in-2019 (Burhan's, the
    # council's, Hamdok's) became one event; on all stories that change gained 0.006 F1
    "stories24": ("stories24", 109, (14, 11), (0.75, 0.62, 0.50, 0.38, 0.32, 0.75)),
    "stories11": ("stories11", 116, (14, 11), (0.76, 0.60, 0.40, 0.26, 0.28, 0.64)),
    "stories25": ("stories25", 44, 5, (0.85, 0.45, 0.30, 0.40, 0.38, 0.75)),
    "stories26": ("stories26", 53, 8, (0.85, 0.58, 0.52, 0.45, 0.45, 0.90)),
    # stories27: merge precision floor 0.38 -> 0.37 with events.AFTER_NOUN_EARLIER (an "after"
    # clause with a noun lies in the days up to its sentence's date): one true pair lost, one
    # false pair gone (P 0.383 -> 0.378); pooled over the studied sets merge F1 rose in both modes
    "stories27": ("stories27", 118, 15, (0.82, 0.65, 0.40, 0.30, 0.37, 0.80)),
    "stories28": ("stories28", 134, 15, (0.85, 0.74, 0.53, 0.36, 0.38, 0.90)),
    "stories29": ("stories29", 83, 9, (0.88, 0.70, 0.45, 0.50, 0.50, 0.88)),
    # stories30: merge precision floor 0.55 -> 0.52 with events.REFERRED_DATED_HEAD (a dated
    # relative clause's report starts at the noun it describes): "نهائي الكونفدرالية الأفريقية
    # الذي جمعهما مساء الأحد" now shares the cup's name with the crowning, and the match joined
    # it (P 0.667 -> 0.526, F1 0.571 -> 0.513); pooled over all sets merge F1 rose in both modes
    "stories30": ("stories30", 67, 9, (0.90, 0.52, 0.28, 0.48, 0.52, 0.88)),
    "stories31": ("stories31", 125, 15, (0.87, 0.72, 0.65, 0.46, 0.42, 0.88)),
    "stories32": ("stories32", 143, 15, (0.87, 0.70, 0.60, 0.44, 0.45, 0.90)),
    # stories33 and stories34: stories whose articles are all undated and name no year
    # (iraq-first-covid-cases-2020, jordan-karak-castle-attack-2016; two of three in
    # kuwait-imam-sadiq-mosque-bombing-2015) get no range; coverage counts them as misses
    "stories33": ("stories33", 115, (15, 11), (0.72, 0.58, 0.52, 0.36, 0.40, 0.70)),
    "stories34": ("stories34", 133, (17, 12), (0.70, 0.52, 0.40, 0.34, 0.50, 0.68)),
    "stories35": ("stories35", 136, 17, (0.90, 0.68, 0.55, 0.48, 0.48, 0.88)),
    "stories36": ("stories36", 106, 12, (0.80, 0.55, 0.30, 0.33, 0.70, 0.90)),
    "stories37": ("stories37", 114, 10, (0.88, 0.55, 0.40, 0.36, 0.35, 0.70)),
    "stories38": ("stories38", 117, 12, (0.88, 0.68, 0.53, 0.44, 0.44, 0.90)),
    "stories39": ("stories39", 139, 17, (0.88, 0.70, 0.53, 0.49, 0.52, 0.90)),
    "stories40": ("stories40", 120, 14, (0.84, 0.68, 0.54, 0.42, 0.35, 0.90)),
    "stories41": ("stories41", 114, 16, (0.90, 0.68, 0.53, 0.42, 0.58, 0.85)),
    "stories42": ("stories42", 127, 18, (0.85, 0.70, 0.52, 0.48, 0.55, 0.90)),
    "stories43": ("stories43", 111, 14, (0.72, 0.57, 0.42, 0.46, 0.56, 0.85)),
    "stories44": ("stories44", 125, 14, (0.86, 0.68, 0.43, 0.42, 0.49, 0.90)),
    "stories45": ("stories45", 127, 12, (0.82, 0.67, 0.50, 0.37, 0.38, 0.90)),
    "stories46": ("stories46", 111, 13, (0.85, 0.62, 0.58, 0.48, 0.58, 0.75)),
    "stories47": ("stories47", 153, 16, (0.90, 0.67, 0.59, 0.38, 0.35, 0.85)),
    "stories48": ("stories48", 113, 16, (0.80, 0.64, 0.55, 0.52, 0.57, 0.70)),
    "stories49": ("stories49", 133, 10, (0.85, 0.66, 0.53, 0.40, 0.44, 0.90)),
    "stories50": ("stories50", 89, 13, (0.80, 0.58, 0.50, 0.46, 0.56, 0.90)),
    "stories51": ("stories51", 108, 11, (0.87, 0.62, 0.53, 0.34, 0.42, 0.90)),
    "stories52": ("stories52", 131, 15, (0.87, 0.75, 0.59, 0.38, 0.43, 0.90)),
    "stories53": ("stories53", 126, 14, (0.87, 0.75, 0.60, 0.53, 0.54, 0.85)),
    "stories54": ("stories54", 117, 13, (0.90, 0.80, 0.76, 0.38, 0.41, 0.90)),
    "stories55": ("stories55", 111, 11, (0.88, 0.66, 0.59, 0.42, 0.47, 0.90)),
    "stories56": ("stories56", 103, 16, (0.81, 0.67, 0.32, 0.20, 0.39, 0.90)),
    "stories57": ("stories57", 118, 13, (0.88, 0.68, 0.47, 0.40, 0.46, 0.90)),
    "stories58": ("stories58", 123, 13, (0.86, 0.62, 0.50, 0.37, 0.40, 0.75)),
    "stories59": ("stories59", 124, 17, (0.84, 0.65, 0.52, 0.46, 0.43, 0.85)),
    "stories60": ("stories60", 110, 19, (0.87, 0.67, 0.45, 0.33, 0.40, 0.90)),
    "stories61": ("stories61", 106, 14, (0.93, 0.74, 0.63, 0.50, 0.53, 0.80)),
    "stories62": ("stories62", 131, 14, (0.82, 0.60, 0.46, 0.42, 0.44, 0.90)),
    # stories63 and stories212: merge floors lowered with the fourth round and
    # chronology.UNSETTLED_MIX: an undated article's range moved by a day or two and its
    # reports joined other events of their day (stories63 F1 0.481 -> 0.462, P 0.581 -> 0.558;
    # stories212 P 0.714 -> 0.500, where three aftershock reports are now dated right); pooled
    # over all sets dated +13, sharp +19, publications +4, merge F1 unchanged
    "stories63": ("stories63", 112, 16, (0.86, 0.71, 0.55, 0.45, 0.55, 0.90)),
    "stories64": ("stories64", 106, 15, (0.81, 0.63, 0.43, 0.46, 0.50, 0.90)),
    "stories65": ("stories65", 99, 15, (0.83, 0.63, 0.43, 0.52, 0.52, 0.85)),
    "stories66": ("stories66", 131, 17, (0.90, 0.67, 0.58, 0.34, 0.50, 0.90)),
    "stories67": ("stories67", 127, 12, (0.82, 0.60, 0.53, 0.31, 0.29, 0.75)),
    "stories68": ("stories68", 129, 9, (0.83, 0.64, 0.58, 0.40, 0.40, 0.77)),
    "stories69": ("stories69", 104, 12, (0.85, 0.67, 0.39, 0.48, 0.55, 0.90)),
    "stories70": ("stories70", 112, 16, (0.79, 0.57, 0.38, 0.34, 0.37, 0.75)),
    "stories71": ("stories71", 114, 10, (0.83, 0.49, 0.38, 0.40, 0.40, 0.80)),
    "stories72": ("stories72", 147, 20, (0.92, 0.71, 0.57, 0.34, 0.35, 0.80)),
    "stories73": ("stories73", 123, 13, (0.82, 0.68, 0.57, 0.44, 0.40, 0.90)),
    "stories74": ("stories74", 150, 15, (0.82, 0.64, 0.43, 0.43, 0.49, 0.83)),
    "stories75": ("stories75", 114, 9, (0.88, 0.68, 0.64, 0.42, 0.35, 0.90)),
    "stories76": ("stories76", 104, 16, (0.78, 0.59, 0.38, 0.55, 0.65, 0.75)),
    "stories77": ("stories77", 122, 14, (0.84, 0.66, 0.54, 0.34, 0.36, 0.87)),
    "stories78": ("stories78", 119, 11, (0.86, 0.65, 0.54, 0.29, 0.41, 0.69)),
    # stories79: merge precision 0.57 -> 0.56 with publication.URL_DATES (the day an article's
    # address names is a clue; pooled over the 601 sets, undated hidden: sharp 63.3 -> 66.8 %)
    "stories79": ("stories79", 100, 12, (0.83, 0.62, 0.58, 0.48, 0.56, 0.87)),
    "stories80": ("stories80", 144, 18, (0.80, 0.67, 0.44, 0.46, 0.63, 0.87)),
    "stories81": ("stories81", 123, 13, (0.81, 0.59, 0.48, 0.37, 0.31, 0.87)),
    "stories82": ("stories82", 146, 14, (0.78, 0.41, 0.32, 0.21, 0.26, 0.73)),
    "stories83": ("stories83", 112, 10, (0.79, 0.64, 0.52, 0.36, 0.45, 0.87)),
    "stories84": ("stories84", 128, 14, (0.84, 0.68, 0.56, 0.45, 0.49, 0.87)),
    "stories85": ("stories85", 75, 10, (0.78, 0.46, 0.23, 0.30, 0.37, 0.80)),
    "stories86": ("stories86", 113, 14, (0.87, 0.70, 0.47, 0.31, 0.41, 0.85)),
    "stories87": ("stories87", 132, 18, (0.85, 0.65, 0.56, 0.30, 0.26, 0.88)),
    "stories88": ("stories88", 100, 14, (0.83, 0.68, 0.60, 0.44, 0.46, 0.85)),
    "stories89": ("stories89", 133, 17, (0.85, 0.69, 0.58, 0.40, 0.64, 0.87)),
    "stories90": ("stories90", 139, 14, (0.88, 0.69, 0.61, 0.32, 0.41, 0.87)),
    "stories91": ("stories91", 141, 15, (0.87, 0.53, 0.43, 0.33, 0.27, 0.87)),
    "stories92": ("stories92", 123, 12, (0.81, 0.63, 0.50, 0.41, 0.37, 0.80)),
    "stories93": ("stories93", 140, 14, (0.82, 0.66, 0.53, 0.24, 0.42, 0.87)),
    "stories94": ("stories94", 142, 18, (0.83, 0.65, 0.54, 0.33, 0.66, 0.89)),
    "stories95": ("stories95", 135, 14, (0.87, 0.68, 0.45, 0.48, 0.46, 0.80)),
    "stories96": ("stories96", 113, 16, (0.77, 0.58, 0.40, 0.44, 0.56, 0.87)),
    "stories97": ("stories97", 118, 14, (0.88, 0.70, 0.56, 0.39, 0.38, 0.92)),
    "stories98": ("stories98", 120, 15, (0.90, 0.69, 0.62, 0.41, 0.45, 0.93)),
    "stories99": ("stories99", 120, 14, (0.89, 0.69, 0.54, 0.42, 0.51, 0.92)),
    "stories100": ("stories100", 108, 12, (0.84, 0.69, 0.44, 0.37, 0.40, 0.75)),
    "stories101": ("stories101", 122, 14, (0.88, 0.64, 0.56, 0.30, 0.31, 0.85)),
    "stories102": ("stories102", 129, 14, (0.88, 0.70, 0.63, 0.43, 0.51, 0.92)),
    "stories103": ("stories103", 108, 16, (0.89, 0.57, 0.44, 0.45, 0.49, 0.93)),
    "stories104": ("stories104", 120, 18, (0.89, 0.70, 0.59, 0.40, 0.48, 0.88)),
    "stories105": ("stories105", 111, 12, (0.82, 0.59, 0.45, 0.30, 0.28, 0.83)),
    "stories106": ("stories106", 107, 12, (0.81, 0.65, 0.62, 0.55, 0.57, 0.91)),
    "stories107": ("stories107", 135, 18, (0.84, 0.74, 0.62, 0.40, 0.46, 0.94)),
    "stories108": ("stories108", 153, 17, (0.89, 0.60, 0.43, 0.41, 0.34, 0.88)),
    # stories109-114 (session 34's blind sets: elections, courts, prices, sport, accidents,
    # education and health): floors from their first run, at the code of 73438a6
    "stories109": ("stories109", 132, 20, (0.89, 0.63, 0.54, 0.32, 0.26, 0.85)),
    "stories110": ("stories110", 120, 19, (0.87, 0.74, 0.55, 0.50, 0.52, 0.94)),
    "stories111": ("stories111", 104, 15, (0.89, 0.64, 0.49, 0.31, 0.32, 0.86)),
    "stories112": ("stories112", 120, 20, (0.87, 0.71, 0.33, 0.36, 0.36, 0.95)),
    "stories113": ("stories113", 144, 19, (0.92, 0.80, 0.64, 0.53, 0.44, 0.94)),
    "stories114": ("stories114", 110, 18, (0.85, 0.69, 0.41, 0.39, 0.52, 0.94)),
    # stories115-118 (session 35's blind sets: diplomacy, weather and earthquakes, religion and
    # culture, labour and social affairs): floors from their first run, at the code of 3592cd3
    "stories115": ("stories115", 126, 19, (0.87, 0.71, 0.54, 0.27, 0.30, 0.94)),
    "stories116": ("stories116", 137, 14, (0.89, 0.61, 0.57, 0.32, 0.45, 0.85)),
    "stories117": ("stories117", 132, 21, (0.90, 0.71, 0.55, 0.43, 0.44, 0.90)),
    "stories118": ("stories118", 123, 14, (0.90, 0.84, 0.72, 0.46, 0.51, 0.92)),
    # stories119-120 (also session 35's: security; energy, business and trade), first run at 682deae
    "stories119": ("stories119", 143, 18, (0.88, 0.67, 0.44, 0.57, 0.66, 0.94)),
    "stories120": ("stories120", 105, 18, (0.86, 0.68, 0.50, 0.37, 0.40, 0.94)),
    # stories121-126 (session 36's blind sets: sport, health, environment and water, courts and
    # crime, science and education, migration and humanitarian affairs): floors from their first
    # run, at the code of 7f15e91; stories125's Algerian story has no dated article, so 4 of its
    # 16 undated articles get no range
    "stories121": ("stories121", 101, 20, (0.88, 0.72, 0.63, 0.42, 0.39, 0.95)),
    "stories122": ("stories122", 104, 20, (0.89, 0.74, 0.56, 0.30, 0.33, 0.90)),
    "stories123": ("stories123", 99, 17, (0.92, 0.70, 0.53, 0.50, 0.45, 0.94)),
    "stories124": ("stories124", 111, 17, (0.91, 0.72, 0.56, 0.33, 0.40, 0.88)),
    "stories125": ("stories125", 83, (16, 12), (0.74, 0.55, 0.51, 0.33, 0.58, 0.68)),
    "stories126": ("stories126", 111, 20, (0.91, 0.71, 0.60, 0.36, 0.43, 0.90)),
    # stories127-131 (session 37's blind sets: economy and finance, transport and infrastructure
    # incidents, politics and institutions, conflict and security, society and culture): floors
    # from their first run, at the code of ab077c1; stories131's Alexandria story has no dated
    # article, so one of its 15 undated articles gets no range
    "stories127": ("stories127", 78, 16, (0.89, 0.70, 0.63, 0.50, 0.55, 0.93)),
    "stories128": ("stories128", 100, 18, (0.91, 0.86, 0.67, 0.44, 0.51, 0.94)),
    "stories129": ("stories129", 105, 21, (0.88, 0.74, 0.54, 0.47, 0.53, 0.95)),
    "stories130": ("stories130", 90, 19, (0.85, 0.70, 0.56, 0.28, 0.43, 0.84)),
    "stories131": ("stories131", 67, (15, 14), (0.86, 0.56, 0.46, 0.47, 0.63, 0.86)),
    # stories132-135 (session 38's blind sets: agriculture, food and prices; aviation, tourism
    # and travel; media, press and telecommunications; elections and local government): floors
    # from their first run, at the code of db6e68e
    "stories132": ("stories132", 83, 17, (0.90, 0.54, 0.36, 0.29, 0.50, 0.82)),
    "stories133": ("stories133", 106, 19, (0.94, 0.77, 0.62, 0.41, 0.36, 0.94)),
    "stories134": ("stories134", 110, 17, (0.91, 0.76, 0.68, 0.44, 0.56, 0.94)),
    "stories135": ("stories135", 99, 20, (0.89, 0.76, 0.60, 0.42, 0.43, 0.90)),
    # stories136-139 (session 38's blind sets: housing, cities and utilities; seas, ports and
    # shipping; fires and civil protection; public health): floors from their first run, at the
    # code of db6e68e
    "stories136": ("stories136", 89, 16, (0.90, 0.82, 0.72, 0.56, 0.55, 0.93)),
    "stories137": ("stories137", 101, 19, (0.90, 0.69, 0.53, 0.39, 0.53, 0.94)),
    "stories138": ("stories138", 99, 15, (0.89, 0.81, 0.62, 0.43, 0.48, 0.93)),
    "stories139": ("stories139", 102, 17, (0.90, 0.70, 0.58, 0.47, 0.63, 0.94)),
    # stories140-142 (session 38's blind sets: sport; captivity and release; state ceremonies
    # and appointments): floors from their first run, at the code of db6e68e
    "stories140": ("stories140", 110, 18, (0.87, 0.73, 0.57, 0.19, 0.34, 0.88)),
    "stories141": ("stories141", 106, 19, (0.88, 0.64, 0.46, 0.44, 0.66, 0.89)),
    "stories142": ("stories142", 116, 18, (0.88, 0.75, 0.67, 0.50, 0.46, 0.94)),
    # stories143-148 (session 39's blind sets: heritage, archaeology and museums; tourism and
    # festivals; protests and civil society; industry and mining; technology and cyber;
    # municipal life and roads): floors from their first run, at the code of 0c1e687
    "stories143": ("stories143", 100, (16, 12), (0.73, 0.59, 0.56, 0.49, 0.68, 0.62)),
    "stories144": ("stories144", 114, 19, (0.90, 0.72, 0.58, 0.37, 0.35, 0.94)),
    "stories145": ("stories145", 102, 13, (0.92, 0.73, 0.58, 0.40, 0.56, 0.92)),
    "stories146": ("stories146", 79, 15, (0.89, 0.80, 0.76, 0.52, 0.65, 0.93)),
    "stories147": ("stories147", 83, 19, (0.91, 0.67, 0.59, 0.32, 0.41, 0.84)),
    "stories148": ("stories148", 91, (16, 12), (0.79, 0.68, 0.59, 0.32, 0.35, 0.68)),
    # stories149-154 (session 39's blind sets: banking, fraud and money; exams, schools and
    # universities; humanitarian aid and relief; sport other than football; smuggling, drugs and
    # customs; deaths and funerals of public figures): floors from their first run, at the code
    # of 0c1e687
    "stories149": ("stories149", 67, 14, (0.92, 0.77, 0.67, 0.58, 0.90, 0.85)),
    "stories150": ("stories150", 82, 16, (0.87, 0.79, 0.65, 0.42, 0.53, 0.93)),
    # stories151: merge F1 0.46 -> 0.44 with publication.URL_DATES (the day an article's
    # address names is a clue; pooled over the 601 sets, undated hidden: sharp 63.3 -> 66.8 %)
    "stories151": ("stories151", 102, 20, (0.87, 0.70, 0.45, 0.44, 0.44, 0.90)),
    "stories152": ("stories152", 115, 18, (0.87, 0.56, 0.37, 0.19, 0.26, 0.88)),
    "stories153": ("stories153", 86, 17, (0.86, 0.69, 0.49, 0.49, 0.61, 0.88)),
    "stories154": ("stories154", 112, 20, (0.92, 0.85, 0.81, 0.50, 0.47, 0.95)),
    # stories155-160 (session 39's blind sets, smaller: heat, wind and cold; railways, metro and
    # airports; parliaments voting laws and budgets; arms deals, drills and parades; visas,
    # residency and nationality; livestock outbreaks and fish die-offs): floors from their first
    # run, at the code of 0c1e687 (the sets of two to four stories move far with one event)
    "stories155": ("stories155", 31, 5, (0.91, 0.68, 0.61, 0.08, 0.18, 0.40)),
    "stories156": ("stories156", 47, (12, 6), (0.58, 0.51, 0.47, 0.49, 0.66, 0.41)),
    "stories157": ("stories157", 56, 11, (0.89, 0.67, 0.61, 0.68, 0.74, 0.90)),
    "stories158": ("stories158", 102, 17, (0.86, 0.77, 0.62, 0.33, 0.34, 0.82)),
    "stories159": ("stories159", 65, 18, (0.85, 0.70, 0.64, 0.50, 0.54, 0.88)),
    "stories160": ("stories160", 21, (4, 1), (0.47, 0.22, 0.08, 0.10, 0.23, 0.00)),
    "stories161": ("stories161", 97, (16, 13), (0.81, 0.71, 0.57, 0.52, 0.82, 0.75)),
    "stories162": ("stories162", 94, 21, (0.88, 0.72, 0.54, 0.37, 0.46, 0.9)),
    "stories163": ("stories163", 77, 15, (0.87, 0.74, 0.62, 0.46, 0.38, 0.8)),
    "stories164": ("stories164", 85, 13, (0.89, 0.62, 0.42, 0.3, 0.55, 0.92)),
    "stories165": ("stories165", 82, (18, 14), (0.74, 0.63, 0.54, 0.34, 0.28, 0.66)),
    "stories166": ("stories166", 72, 17, (0.89, 0.67, 0.44, 0.35, 0.32, 0.64)),
    "stories167": ("stories167", 120, 20, (0.87, 0.63, 0.49, 0.27, 0.21, 0.95)),
    "stories168": ("stories168", 82, 16, (0.87, 0.63, 0.54, 0.55, 0.56, 0.93)),
    "stories169": ("stories169", 80, 15, (0.88, 0.66, 0.6, 0.37, 0.6, 0.73)),
    "stories170": ("stories170", 60, 14, (0.88, 0.77, 0.67, 0.58, 0.55, 0.92)),
    "stories171": ("stories171", 108, 18, (0.89, 0.83, 0.73, 0.58, 0.55, 0.94)),
    "stories172": ("stories172", 78, 16, (0.88, 0.68, 0.56, 0.55, 0.72, 0.87)),
    "stories173": ("stories173", 86, 18, (0.9, 0.8, 0.56, 0.45, 0.33, 0.94)),
    "stories174": ("stories174", 50, 9, (0.91, 0.74, 0.64, 0.59, 0.9, 0.88)),
    "stories175": ("stories175", 92, 18, (0.91, 0.73, 0.62, 0.54, 0.55, 0.94)),
    "stories176": ("stories176", 70, 17, (0.89, 0.78, 0.58, 0.61, 0.64, 0.94)),
    "stories177": ("stories177", 62, 10, (0.86, 0.74, 0.73, 0.45, 0.59, 0.9)),
    "stories178": ("stories178", 75, 11, (0.87, 0.63, 0.47, 0.32, 0.56, 0.9)),
    "stories179": ("stories179", 102, 19, (0.9, 0.79, 0.6, 0.33, 0.38, 0.94)),
    "stories180": ("stories180", 75, 11, (0.85, 0.63, 0.36, 0.57, 0.9, 0.9)),
    "stories181": ("stories181", 107, 15, (0.91, 0.69, 0.51, 0.29, 0.36, 0.86)),
    "stories182": ("stories182", 100, 17, (0.89, 0.78, 0.74, 0.44, 0.47, 0.94)),
    "stories183": ("stories183", 99, 16, (0.88, 0.79, 0.7, 0.32, 0.34, 0.93)),
    "stories184": ("stories184", 100, 18, (0.93, 0.73, 0.66, 0.35, 0.47, 0.88)),
    "stories185": ("stories185", 98, 21, (0.88, 0.81, 0.72, 0.57, 0.56, 0.9)),
    # (stories186's merge F1 re-set in session 66: "تنفيذ الإضراب يومي 17 – 18 شباط 2019" is the two
    # days now, numeric.SPACED_DAY_RANGE; the two-day strike joins its second day's reports, F1 0.455)
    "stories186": ("stories186", 76, 14, (0.87, 0.72, 0.51, 0.44, 0.41, 0.85)),
    "stories187": ("stories187", 48, 11, (0.9, 0.64, 0.46, 0.63, 0.9, 0.9)),
    "stories188": ("stories188", 82, 15, (0.88, 0.68, 0.4, 0.35, 0.53, 0.93)),
    "stories189": ("stories189", 87, 14, (0.9, 0.74, 0.64, 0.48, 0.43, 0.85)),
    "stories190": ("stories190", 66, 13, (0.91, 0.83, 0.72, 0.49, 0.43, 0.92)),
    "stories191": ("stories191", 77, 16, (0.89, 0.82, 0.79, 0.72, 0.76, 0.93)),
    "stories192": ("stories192", 71, 15, (0.89, 0.79, 0.67, 0.46, 0.6, 0.93)),
    "stories193": ("stories193", 108, 17, (0.85, 0.63, 0.54, 0.29, 0.24, 0.82)),
    "stories194": ("stories194", 23, 5, (0.95, 0.46, 0.37, 0.48, 0.43, 0.6)),
    "stories195": ("stories195", 86, 14, (0.84, 0.63, 0.48, 0.37, 0.38, 0.92)),
    "stories196": ("stories196", 90, 15, (0.91, 0.6, 0.46, 0.48, 0.6, 0.8)),
    "stories197": ("stories197", 116, 19, (0.9, 0.8, 0.57, 0.45, 0.55, 0.94)),
    "stories198": ("stories198", 55, 9, (0.93, 0.75, 0.75, 0.67, 0.75, 0.77)),
    "stories199": ("stories199", 62, 8, (0.95, 0.9, 0.81, 0.48, 0.34, 0.87)),
    "stories200": ("stories200", 75, 13, (0.89, 0.72, 0.59, 0.32, 0.74, 0.76)),
    "stories202": ("stories202", 50, 8, (0.93, 0.68, 0.36, 0.27, 0.48, 0.87)),
    "stories203": ("stories203", 64, 13, (0.85, 0.72, 0.56, 0.49, 0.7, 0.92)),
    "stories204": ("stories204", 47, 7, (0.9, 0.57, 0.47, 0.52, 0.8, 0.85)),
    # stories205-210 were built with no article required to state its date: stories205's
    # morocco-zagora-thirst-protest-arrests-2017, stories207's lebanon-syria-masnaa-crossing-
    # strike-2024, stories209's sudan-khartoum-fuel-queues-2018 and iraq-kurdistan-fuel-queues-
    # baiji-2014, and stories210's algeria-nourine-tokyo-judo-suspension-2021 have none, and
    # most of their articles no year: no range, and their events are not shown (undated,
    # ranged as given); stories211-214 were asked for a dated article in every story
    "stories205": ("stories205", 69, (10, 8), (0.76, 0.47, 0.31, 0.21, 0.17, 0.48)),
    "stories206": ("stories206", 50, 6, (0.87, 0.58, 0.44, 0.46, 0.82, 0.88)),
    "stories207": ("stories207", 77, (12, 9), (0.72, 0.51, 0.38, 0.35, 0.37, 0.63)),
    "stories208": ("stories208", 44, 6, (0.9, 0.78, 0.66, 0.43, 0.47, 0.88)),
    # stories209: merge precision 0.54 -> 0.35 with publication.URL_DATES (the day an article's
    # address names is a clue; pooled over the 601 sets, undated hidden: sharp 63.3 -> 66.8 %)
    "stories209": ("stories209", 56, (10, 3), (0.30, 0.24, 0.19, 0.19, 0.35, 0.18)),
    "stories210": ("stories210", 77, (13, 10), (0.71, 0.42, 0.35, 0.15, 0.34, 0.49)),
    "stories211": ("stories211", 33, 3, (0.88, 0.63, 0.51, 0.45, 0.42, 0.88)),
    "stories212": ("stories212", 65, 9, (0.9, 0.7, 0.5, 0.4, 0.48, 0.88)),
    "stories213": ("stories213", 52, 7, (0.79, 0.69, 0.42, 0.34, 0.62, 0.88)),
    "stories214": ("stories214", 77, 13, (0.84, 0.64, 0.47, 0.25, 0.19, 0.88)),
    "stories215": ("stories215", 22, 3, (0.85, 0.66, 0.34, 0.12, 0.25, 0.88)),
    "stories216": ("stories216", 59, 7, (0.95, 0.71, 0.53, 0.33, 0.4, 0.88)),
    # stories217: dated 0.72 -> 0.68 with publication.URL_DATES (the day an article's
    # address names is a clue; pooled over the 601 sets, undated hidden: sharp 63.3 -> 66.8 %)
    "stories217": ("stories217", 61, 8, (0.86, 0.68, 0.36, 0.31, 0.29, 0.87)),
    "stories218": ("stories218", 43, 7, (0.95, 0.66, 0.52, 0.52, 0.61, 0.88)),
    "stories219": ("stories219", 58, 8, (0.81, 0.54, 0.5, 0.4, 0.31, 0.88)),
    "stories220": ("stories220", 53, 9, (0.79, 0.54, 0.35, 0.21, 0.38, 0.43)),
    "stories221": ("stories221", 10, 2, (0.75, 0.44, 0.34, 0.32, 0.25, 0.88)),
    "stories222": ("stories222", 32, 5, (0.91, 0.62, 0.5, 0.36, 0.42, 0.68)),
    "stories223": ("stories223", 18, 3, (0.89, 0.49, 0.21, 0.72, 0.92, 0.88)),
    "stories224": ("stories224", 45, 7, (0.7, 0.49, 0.22, 0.4, 0.67, 0.88)),
    # stories225: dated 0.59 -> 0.58 with publication.URL_DATES (the day an article's
    # address names is a clue; pooled over the 601 sets, undated hidden: sharp 63.3 -> 66.8 %)
    "stories225": ("stories225", 41, 8, (0.90, 0.58, 0.45, 0.53, 0.48, 0.88)),
    # stories226 and stories250: merge F1 floors lowered with chronology.DISSENT_SPLIT (a
    # report whose own day the merged event's date leaves out is an event of its own): in each,
    # one report is now dated right apart from the reports of its event (stories226 F1 0.378 ->
    # 0.333, stories250 0.579 -> 0.528); pooled over the 299 sets + dev dated +36 / +24, merge F1
    # -0.0004 / -0.0006 (undated hidden / all dated)
    "stories226": ("stories226", 48, 8, (0.86, 0.64, 0.41, 0.32, 0.82, 0.63)),
    "stories227": ("stories227", 54, 10, (0.91, 0.45, 0.4, 0.37, 0.46, 0.88)),
    "stories228": ("stories228", 36, 6, (0.89, 0.57, 0.38, 0.5, 0.58, 0.88)),
    "stories229": ("stories229", 46, 6, (0.9, 0.57, 0.46, 0.26, 0.75, 0.88)),
    "stories230": ("stories230", 63, 8, (0.91, 0.55, 0.28, 0.31, 0.5, 0.75)),
    "stories231": ("stories231", 50, 7, (0.9, 0.52, 0.32, 0.26, 0.45, 0.59)),
    "stories232": ("stories232", 32, 5, (0.95, 0.59, 0.44, 0.77, 0.92, 0.88)),
    "stories233": ("stories233", 86, 12, (0.93, 0.71, 0.47, 0.53, 0.63, 0.71)),
    "stories234": ("stories234", 17, 3, (0.89, 0.58, 0.52, 0.5, 0.75, 0.88)),
    "stories235": ("stories235", 56, 6, (0.84, 0.77, 0.7, 0.36, 0.65, 0.88)),
    "stories236": ("stories236", 27, 4, (0.87, 0.53, 0.31, 0.31, 0.34, 0.88)),
    "stories237": ("stories237", 54, 10, (0.83, 0.75, 0.69, 0.49, 0.62, 0.88)),
    # stories238: merge precision 0.65 -> 0.57 with publication.URL_DATES (the day an article's
    # address names is a clue; pooled over the 601 sets, undated hidden: sharp 63.3 -> 66.8 %)
    "stories238": ("stories238", 63, 9, (0.82, 0.52, 0.32, 0.38, 0.57, 0.88)),
    "stories239": ("stories239", 53, 9, (0.79, 0.58, 0.31, 0.4, 0.52, 0.88)),
    "stories240": ("stories240", 69, 13, (0.84, 0.69, 0.62, 0.35, 0.33, 0.8)),
    "stories241": ("stories241", 27, 4, (0.87, 0.71, 0.71, 0.62, 0.65, 0.88)),
    # stories242: merge F1 0.47 -> 0.38; merge precision 0.73 -> 0.71 with publication.URL_DATES (the day an article's
    # address names is a clue; pooled over the 601 sets, undated hidden: sharp 63.3 -> 66.8 %)
    "stories242": ("stories242", 58, 7, (0.79, 0.57, 0.42, 0.38, 0.71, 0.88)),
    "stories243": ("stories243", 45, 6, (0.9, 0.71, 0.56, 0.57, 0.69, 0.88)),
    "stories244": ("stories244", 37, 6, (0.78, 0.53, 0.53, 0.37, 0.44, 0.88)),
    "stories245": ("stories245", 71, 10, (0.86, 0.74, 0.64, 0.39, 0.47, 0.88)),
    "stories246": ("stories246", 95, 17, (0.89, 0.76, 0.71, 0.65, 0.8, 0.88)),
    "stories247": ("stories247", 53, 8, (0.89, 0.6, 0.43, 0.42, 0.56, 0.88)),
    "stories248": ("stories248", 47, 8, (0.88, 0.7, 0.55, 0.51, 0.42, 0.88)),
    "stories249": ("stories249", 37, 5, (0.86, 0.5, 0.48, 0.36, 0.38, 0.48)),
    # (stories250's merge F1 re-set in session 64: "صحيفة أخبار اليوم" is a newspaper's name, no
    # date, days.OUTLET_NAMES; the clusters moved, F1 0.479)
    "stories250": ("stories250", 90, 11, (0.86, 0.65, 0.57, 0.43, 0.64, 0.88)),
    "stories251": ("stories251", 57, 7, (0.86, 0.46, 0.36, 0.28, 0.46, 0.88)),
    "stories252": ("stories252", 82, 13, (0.9, 0.72, 0.45, 0.47, 0.42, 0.88)),
    "stories253": ("stories253", 97, 14, (0.89, 0.7, 0.54, 0.46, 0.45, 0.88)),
    "stories254": ("stories254", 61, 9, (0.86, 0.8, 0.57, 0.29, 0.77, 0.88)),
    "stories255": ("stories255", 76, 11, (0.91, 0.74, 0.53, 0.47, 0.7, 0.78)),
    "stories256": ("stories256", 77, (12, 9), (0.78, 0.75, 0.73, 0.54, 0.53, 0.63)),
    "stories257": ("stories257", 38, 4, (0.81, 0.46, 0.33, 0.34, 0.33, 0.88)),
    "stories258": ("stories258", 67, 9, (0.83, 0.59, 0.4, 0.37, 0.42, 0.76)),
    "stories259": ("stories259", 40, (8, 2), (0.3, 0.09, 0.04, 0.14, 0.36, 0.13)),
    "stories260": ("stories260", 48, 5, (0.8, 0.56, 0.37, 0.38, 0.32, 0.88)),
    "stories261": ("stories261", 49, 10, (0.8, 0.63, 0.57, 0.3, 0.53, 0.88)),
    "stories262": ("stories262", 69, 10, (0.9, 0.7, 0.46, 0.43, 0.63, 0.78)),
    "stories263": ("stories263", 41, 9, (0.73, 0.57, 0.47, 0.35, 0.56, 0.76)),
    "stories264": ("stories264", 38, 4, (0.89, 0.65, 0.46, 0.46, 0.63, 0.88)),
    "stories265": ("stories265", 57, 6, (0.89, 0.64, 0.46, 0.32, 0.42, 0.88)),
    # (merge precision re-set in session 63: the range "اعتبارا من الساعة الثانية صباح غد الجمعة
    # وحتى الثانية عشرة ظهر السبت" has a value now, resolution.RANGE_END_WEEKDAY_AFTER, and its
    # reports merge with more; 0.36 at a0eecdd)
    "stories266": ("stories266", 68, (11, 8), (0.64, 0.44, 0.39, 0.18, 0.31, 0.6)),
    "stories267": ("stories267", 77, 8, (0.78, 0.66, 0.6, 0.28, 0.52, 0.88)),
    "stories268": ("stories268", 63, 10, (0.87, 0.8, 0.6, 0.33, 0.25, 0.88)),
    # (stories269's publication coverage re-set in session 64: "ابتداءً من الساعة 12:00 زوالاً،
    # إلى غاية يوم الأحد 31 أوت" is now one range (زوالا after a clock time, lang.ar), and the
    # article whose three-year-wide range held its day is placed a week off; 4 of 6)
    "stories269": ("stories269", 54, 6, (0.78, 0.52, 0.48, 0.39, 0.57, 0.60)),
    "stories270": ("stories270", 61, (13, 2), (0.2, 0.16, 0.1, 0.12, 0.5, 0.1)),
    "stories271": ("stories271", 60, (11, 7), (0.6, 0.46, 0.35, 0.33, 0.6, 0.6)),
    # stories272: merge F1 0.38 -> 0.37; merge precision 0.47 -> 0.45 with publication.URL_DATES (the day an article's
    # address names is a clue; pooled over the 601 sets, undated hidden: sharp 63.3 -> 66.8 %)
    "stories272": ("stories272", 75, (13, 12), (0.88, 0.76, 0.48, 0.37, 0.45, 0.75)),
    "stories273": ("stories273", 67, (8, 5), (0.68, 0.48, 0.37, 0.42, 0.47, 0.6)),
    "stories274": ("stories274", 61, 9, (0.92, 0.71, 0.4, 0.44, 0.48, 0.88)),
    "stories275": ("stories275", 82, (13, 10), (0.78, 0.5, 0.42, 0.26, 0.35, 0.5)),
    "stories276": ("stories276", 76, 11, (0.88, 0.67, 0.51, 0.28, 0.29, 0.85)),
    "stories277": ("stories277", 73, (15, 8), (0.5, 0.38, 0.15, 0.23, 0.39, 0.4)),
    # (dated re-set in session 63: "للموسم الرياضي 2023-2024" is read now, dates.SEASON_YEARS, and
    # an undated article's publication range widened by a day; 0.35 at a0eecdd)
    # stories278: merge precision 0.27 -> 0.21 with publication.URL_DATES (the day an article's
    # address names is a clue; pooled over the 601 sets, undated hidden: sharp 63.3 -> 66.8 %)
    "stories278": ("stories278", 65, (9, 6), (0.66, 0.30, 0.25, 0.19, 0.21, 0.60)),
    "stories279": ("stories279", 51, (9, 6), (0.78, 0.66, 0.5, 0.43, 0.72, 0.6)),
    "stories280": ("stories280", 88, 11, (0.89, 0.6, 0.53, 0.43, 0.42, 0.94)),
    "stories281": ("stories281", 55, 8, (0.81, 0.76, 0.7, 0.45, 0.4, 0.94)),
    "stories282": ("stories282", 63, 8, (0.84, 0.46, 0.34, 0.48, 0.43, 0.94)),
    "stories283": ("stories283", 59, 7, (0.89, 0.62, 0.58, 0.31, 0.35, 0.94)),
    "stories284": ("stories284", 61, 8, (0.76, 0.68, 0.56, 0.34, 0.33, 0.94)),
    "stories285": ("stories285", 75, 7, (0.96, 0.93, 0.85, 0.46, 0.5, 0.94)),
    # stories286: merge F1 0.58 -> 0.55 with publication.URL_DATES (the day an article's
    # address names is a clue; pooled over the 601 sets, undated hidden: sharp 63.3 -> 66.8 %)
    "stories286": ("stories286", 70, 10, (0.88, 0.54, 0.47, 0.55, 0.78, 0.94)),
    # session 52's blind sets (desalination and water cuts; book fairs and literary prizes;
    # individual sports; cold waves and snow; zoos and wildlife; website hacks and
    # cybercrime): floors from their first run, at the code of c41a066
    "stories287": ("stories287", 57, 5, (0.86, 0.65, 0.6, 0.5, 0.58, 0.94)),
    "stories288": ("stories288", 81, 8, (0.91, 0.8, 0.76, 0.58, 0.63, 0.94)),
    "stories289": ("stories289", 70, 8, (0.89, 0.63, 0.54, 0.51, 0.47, 0.94)),
    "stories290": ("stories290", 99, (9, 7), (0.78, 0.52, 0.48, 0.28, 0.32, 0.6)),
    "stories291": ("stories291", 68, 7, (0.87, 0.74, 0.63, 0.47, 0.88, 0.94)),
    "stories292": ("stories292", 60, (8, 5), (0.68, 0.4, 0.37, 0.29, 0.31, 0.56)),
    # session 52's second wave (passports and ID cards; harvests and farmers' protests): floors
    # from their first run, at the code of 07d6584
    "stories293": ("stories293", 61, 8, (0.87, 0.62, 0.5, 0.49, 0.4, 0.94)),
    "stories294": ("stories294", 64, 5, (0.84, 0.5, 0.4, 0.59, 0.64, 0.94)),
    # session 53's blind sets (bridges, tunnels and roads; airlines and airports; cinema and
    # theatre; mosques and Quran competitions; gold, currencies and interest rates): floors from
    # their first run, at the code of 0167967
    "stories295": ("stories295", 54, (7, 5), (0.73, 0.51, 0.48, 0.35, 0.55, 0.65)),
    # stories296: merge precision 0.66 -> 0.62 with publication.URL_DATES (the day an article's
    # address names is a clue; pooled over the 601 sets, undated hidden: sharp 63.3 -> 66.8 %)
    "stories296": ("stories296", 72, (12, 7), (0.67, 0.41, 0.31, 0.33, 0.62, 0.36)),
    "stories297": ("stories297", 69, (10, 7), (0.79, 0.54, 0.41, 0.36, 0.41, 0.64)),
    "stories298": ("stories298", 51, 6, (0.81, 0.58, 0.53, 0.39, 0.54, 0.77)),
    "stories299": ("stories299", 52, 5, (0.85, 0.57, 0.56, 0.32, 0.29, 0.94)),
    "stories300": ("stories300", 67, 7, (0.92, 0.89, 0.87, 0.43, 0.43, 0.8)),
    "stories301": ("stories301", 54, 7, (0.84, 0.76, 0.77, 0.48, 0.45, 0.94)),
    "stories302": ("stories302", 73, 8, (0.88, 0.5, 0.43, 0.44, 0.42, 0.94)),
    # stories303: merge F1 0.43 -> 0.42; merge precision 0.76 -> 0.70 with publication.URL_DATES (the day an article's
    # address names is a clue; pooled over the 601 sets, undated hidden: sharp 63.3 -> 66.8 %)
    "stories303": ("stories303", 48, 7, (0.82, 0.51, 0.42, 0.42, 0.70, 0.65)),
    "stories304": ("stories304", 49, 6, (0.85, 0.71, 0.59, 0.5, 0.59, 0.77)),
    "stories305": ("stories305", 60, 7, (0.82, 0.6, 0.61, 0.54, 0.56, 0.94)),
    "stories306": ("stories306", 61, 6, (0.87, 0.56, 0.53, 0.52, 0.75, 0.94)),
    # stories307: merge precision 0.31 -> 0.27 with publication.URL_DATES (the day an article's
    # address names is a clue; pooled over the 601 sets, undated hidden: sharp 63.3 -> 66.8 %)
    "stories307": ("stories307", 65, 7, (0.84, 0.57, 0.48, 0.21, 0.27, 0.94)),
    "stories308": ("stories308", 50, 7, (0.83, 0.69, 0.64, 0.43, 0.45, 0.94)),
    "stories309": ("stories309", 54, 6, (0.84, 0.54, 0.46, 0.47, 0.67, 0.77)),
    # session 55's blind sets (public salaries and minimum wages; oil and gas; family law;
    # manuscripts, archives and returned artefacts; state visits): floors from their first
    # run, at the code of 6b2e976
    "stories310": ("stories310", 50, 5, (0.85, 0.67, 0.62, 0.49, 0.62, 0.94)),
    "stories311": ("stories311", 66, 5, (0.9, 0.83, 0.79, 0.45, 0.33, 0.94)),
    "stories312": ("stories312", 55, 9, (0.88, 0.84, 0.72, 0.66, 0.8, 0.94)),
    # stories313: merge precision 0.71 -> 0.66 with publication.URL_DATES (the day an article's
    # address names is a clue; pooled over the 601 sets, undated hidden: sharp 63.3 -> 66.8 %)
    "stories313": ("stories313", 52, 7, (0.83, 0.74, 0.65, 0.55, 0.66, 0.94)),
    "stories314": ("stories314", 75, 7, (0.87, 0.74, 0.69, 0.34, 0.35, 0.94)),
    # session 56's blind sets (concerts and music festivals; ceasefires and truce talks;
    # migrant boats; regional ministerial meetings; anniversaries and commemorations): floors
    # from their first run, at the code of 4f7cb92
    "stories315": ("stories315", 54, 5, (0.88, 0.65, 0.65, 0.54, 0.65, 0.94)),
    "stories316": ("stories316", 90, 10, (0.86, 0.71, 0.62, 0.23, 0.21, 0.94)),
    "stories317": ("stories317", 71, 7, (0.89, 0.82, 0.81, 0.66, 0.75, 0.94)),
    # stories318: publication coverage 0.94 -> 0.90 with publication.URL_DATES (the day an article's
    # address names is a clue; pooled over the 601 sets, undated hidden: sharp 63.3 -> 66.8 %)
    "stories318": ("stories318", 94, 10, (0.81, 0.62, 0.57, 0.43, 0.59, 0.90)),
    "stories319": ("stories319", 60, 6, (0.82, 0.67, 0.58, 0.31, 0.47, 0.94)),
    # session 57's blind sets (teachers' strikes twice; churches and Christian communities;
    # multi-sport games; hospitals; missing-person searches): floors from their first run, at
    # the code of 62b1d57
    "stories320": ("stories320", 69, 7, (0.86, 0.57, 0.51, 0.30, 0.42, 0.94)),
    "stories321": ("stories321", 75, 8, (0.89, 0.85, 0.77, 0.39, 0.38, 0.94)),
    "stories322": ("stories322", 64, 8, (0.79, 0.62, 0.58, 0.32, 0.50, 0.94)),
    "stories323": ("stories323", 70, 7, (0.90, 0.72, 0.68, 0.36, 0.34, 0.94)),
    "stories324": ("stories324", 76, 7, (0.89, 0.68, 0.64, 0.36, 0.46, 0.94)),
    "stories325": ("stories325", 56, 5, (0.89, 0.82, 0.76, 0.30, 0.31, 0.94)),
    # session 58's blind sets (exams, leaks and results; street vendors and markets; forest
    # fires; sports federations; electricity and blackouts; Hajj logistics): floors from their
    # first run, at the code of 6a0f2c2
    "stories326": ("stories326", 59, 6, (0.88, 0.50, 0.33, 0.28, 0.49, 0.94)),
    "stories327": ("stories327", 42, 5, (0.83, 0.59, 0.41, 0.65, 0.95, 0.94)),
    "stories328": ("stories328", 75, 8, (0.85, 0.61, 0.58, 0.46, 0.39, 0.69)),
    "stories329": ("stories329", 59, 7, (0.88, 0.69, 0.45, 0.49, 0.53, 0.94)),
    # (stories330's merge precision re-set in session 67, 0.51 -> 0.49: with the tenth engine check's
    # mends the 2015 Turkish blackout's reports join the one fifteen years before, told with no date
    # of its own, "وكان أسوأ انقطاع للكهرباء شهدته تركيا قد وقع منذ 15 عاما"; precision 0.50)
    # stories330: dated 0.73 -> 0.72 with publication.URL_DATES (the day an article's
    # address names is a clue; pooled over the 601 sets, undated hidden: sharp 63.3 -> 66.8 %)
    "stories330": ("stories330", 69, 8, (0.86, 0.72, 0.55, 0.38, 0.48, 0.94)),
    # stories331: merge F1 0.52 -> 0.51 with publication.URL_DATES (the day an article's
    # address names is a clue; pooled over the 601 sets, undated hidden: sharp 63.3 -> 66.8 %)
    "stories331": ("stories331", 58, 5, (0.91, 0.67, 0.47, 0.51, 0.46, 0.94)),
    # session 59's blind sets (journalists and the media; foreign workers; national football
    # teams in qualifiers and finals; floods; trials of former officials; refugee and
    # displacement camps): floors from their first run, at the code of 7c04ced
    "stories332": ("stories332", 78, 9, (0.91, 0.70, 0.53, 0.46, 0.48, 0.94)),
    # stories333: merge F1 0.66 -> 0.58 with publication.URL_DATES (the day an article's
    # address names is a clue; pooled over the 601 sets, undated hidden: sharp 63.3 -> 66.8 %)
    "stories333": ("stories333", 65, 7, (0.88, 0.70, 0.42, 0.58, 0.76, 0.94)),
    "stories334": ("stories334", 93, 10, (0.89, 0.73, 0.68, 0.49, 0.63, 0.94)),
    "stories335": ("stories335", 78, 7, (0.87, 0.83, 0.76, 0.24, 0.35, 0.94)),
    "stories336": ("stories336", 89, 9, (0.87, 0.77, 0.65, 0.38, 0.60, 0.94)),
    # (sharp re-set in session 63: "خلال اليومين القادمين" holds its second day now,
    # resolution.AHEAD_SPAN_FROM_DAY_END, and the forecast's cluster took a vague report; 0.64 at a0eecdd)
    "stories337": ("stories337", 70, 8, (0.87, 0.73, 0.60, 0.29, 0.32, 0.81)),
    # session 60's blind sets (road traffic accidents; landmines and unexploded ordnance;
    # international sanctions; tribal and clan clashes and reconciliations; vaccination
    # campaigns; United Nations envoys and votes): floors from their first run, at the code of
    # 290be10
    "stories338": ("stories338", 80, 8, (0.91, 0.83, 0.79, 0.37, 0.42, 0.94)),
    "stories339": ("stories339", 69, 8, (0.83, 0.71, 0.68, 0.47, 0.53, 0.94)),
    "stories340": ("stories340", 70, 9, (0.75, 0.59, 0.48, 0.51, 0.68, 0.94)),
    "stories341": ("stories341", 96, 10, (0.89, 0.82, 0.73, 0.36, 0.40, 0.94)),
    "stories342": ("stories342", 69, 8, (0.90, 0.67, 0.48, 0.28, 0.27, 0.94)),
    "stories343": ("stories343", 81, 9, (0.90, 0.64, 0.47, 0.53, 0.51, 0.94)),
    # stories344-349 (plane and helicopter crashes; military coups; cross-border water and dam
    # talks; drone and missile attacks; prisoner exchanges; transport and dockers' strikes):
    # floors from their first run, at the code of 84e5a73
    "stories344": ("stories344", 93, 10, (0.86, 0.73, 0.68, 0.46, 0.50, 0.94)),
    "stories345": ("stories345", 101, 9, (0.86, 0.74, 0.73, 0.26, 0.25, 0.82)),
    # stories346: merge F1 0.53 -> 0.47; merge precision 0.79 -> 0.57 with publication.URL_DATES (the day an article's
    # address names is a clue; pooled over the 601 sets, undated hidden: sharp 63.3 -> 66.8 %)
    "stories346": ("stories346", 69, 8, (0.86, 0.73, 0.58, 0.47, 0.57, 0.94)),
    "stories347": ("stories347", 98, 6, (0.85, 0.76, 0.68, 0.20, 0.32, 0.94)),
    "stories348": ("stories348", 90, 10, (0.93, 0.67, 0.61, 0.31, 0.43, 0.84)),
    "stories349": ("stories349", 64, 8, (0.91, 0.68, 0.55, 0.46, 0.45, 0.81)),
    # stories350-355 (assassinations; attacks on and seizures of merchant ships; no-confidence
    # votes and parliament dissolutions; deadly fires; deaths of rulers and succession;
    # conferences and summits hosted in Arab countries): floors from their first run, at the
    # code of 410874d
    "stories350": ("stories350", 79, 9, (0.91, 0.79, 0.69, 0.56, 0.62, 0.94)),
    "stories351": ("stories351", 97, 10, (0.89, 0.77, 0.66, 0.40, 0.53, 0.94)),
    "stories352": ("stories352", 83, 10, (0.92, 0.72, 0.63, 0.64, 0.71, 0.94)),
    "stories353": ("stories353", 97, 9, (0.90, 0.80, 0.80, 0.42, 0.36, 0.94)),
    "stories354": ("stories354", 99, 10, (0.88, 0.81, 0.67, 0.62, 0.73, 0.94)),
    "stories355": ("stories355", 92, 9, (0.83, 0.62, 0.52, 0.23, 0.24, 0.94)),
    # stories356-361 (COVID-19 curfews and reopenings; extraditions and fugitives; privatisations,
    # mergers and acquisitions; domestic cup finals and league titles; religious occasions and
    # processions; parliament openings, throne speeches and state-of-the-nation addresses): floors
    # from their first run, at the code of cf49c72
    "stories356": ("stories356", 80, 7, (0.92, 0.67, 0.56, 0.47, 0.79, 0.94)),
    # stories357: merge F1 0.47 -> 0.45 with publication.URL_DATES (the day an article's
    # address names is a clue; pooled over the 601 sets, undated hidden: sharp 63.3 -> 66.8 %)
    "stories357": ("stories357", 91, 10, (0.89, 0.51, 0.45, 0.45, 0.80, 0.94)),
    "stories358": ("stories358", 55, 6, (0.89, 0.80, 0.79, 0.48, 0.76, 0.94)),
    # (stories359's precision and stories360's dated and sharp re-set at the session's end, a0eecdd:
    # the season years and the Hijri occasions read after their first run moved their merges,
    # stories359 P 0.56, stories360 dated 0.55, sharp 0.51)
    "stories359": ("stories359", 86, 10, (0.89, 0.78, 0.78, 0.57, 0.51, 0.94)),
    "stories360": ("stories360", 69, 6, (0.86, 0.50, 0.46, 0.43, 0.46, 0.94)),
    "stories361": ("stories361", 86, 10, (0.86, 0.74, 0.73, 0.44, 0.42, 0.84)),
    # stories362-367 (government formation; fuel, electricity and bread price hikes; tropical
    # cyclones and severe storms; general strikes and civil disobedience; IMF programmes;
    # presidential elections): floors from their first run, at the code of 8931101
    "stories362": ("stories362", 82, 9, (0.87, 0.68, 0.63, 0.45, 0.51, 0.94)),
    "stories363": ("stories363", 72, 7, (0.86, 0.82, 0.80, 0.31, 0.41, 0.94)),
    "stories364": ("stories364", 81, 8, (0.92, 0.67, 0.62, 0.33, 0.36, 0.94)),
    # stories365: merge F1 0.48 -> 0.43; merge precision 0.43 -> 0.40 with publication.URL_DATES (the day an article's
    # address names is a clue; pooled over the 601 sets, undated hidden: sharp 63.3 -> 66.8 %)
    "stories365": ("stories365", 87, 10, (0.89, 0.63, 0.58, 0.43, 0.40, 0.94)),
    "stories366": ("stories366", 66, 6, (0.88, 0.66, 0.58, 0.54, 0.60, 0.94)),
    "stories367": ("stories367", 87, 9, (0.92, 0.67, 0.58, 0.46, 0.52, 0.94)),
    # stories368-371 (terror cells and security raids; heatwaves and record temperatures;
    # archaeological discoveries; military exercises): floors from their first run, at the code
    # of 5958adf (session 64's end)
    "stories368": ("stories368", 38, 4, (0.92, 0.50, 0.48, 0.50, 0.70, 0.94)),
    "stories369": ("stories369", 29, 3, (0.74, 0.43, 0.23, 0.31, 0.95, 0.94)),
    # stories370: merge precision floor lowered in session 78 with spans.NOUN_AFTER_PREPOSITION
    # ("هي الأولى من نوعها بعد مرور 25 عامًا على آخر انتشال مماثل" is 25 years since the last
    # recovery, no longer the year 2050): the Abu Qir recovery's report, no longer parted by that
    # year, joins three more pairs (precision 0.692 -> 0.562; dated and sharp +2 in both modes)
    "stories370": ("stories370", 61, 6, (0.85, 0.47, 0.41, 0.31, 0.51, 0.94)),
    "stories371": ("stories371", 44, 6, (0.83, 0.47, 0.41, 0.54, 0.54, 0.94)),
    # stories372-377 (evacuations of nationals; OPEC+ decisions; gold mining; club football
    # finals; international courts and arbitration; border clashes): floors from their first
    # run, at the code of 0ab1496 (session 64's end)
    "stories372": ("stories372", 64, 7, (0.88, 0.59, 0.49, 0.52, 0.46, 0.79)),
    "stories373": ("stories373", 61, 5, (0.93, 0.62, 0.50, 0.35, 0.37, 0.74)),
    "stories374": ("stories374", 29, 2, (0.95, 0.43, 0.37, 0.48, 0.80, 0.94)),
    "stories375": ("stories375", 65, 7, (0.87, 0.59, 0.49, 0.38, 0.37, 0.94)),
    "stories376": ("stories376", 44, 4, (0.81, 0.65, 0.55, 0.24, 0.25, 0.94)),
    "stories377": ("stories377", 72, 7, (0.89, 0.76, 0.66, 0.43, 0.42, 0.94)),
    # stories378-385 (prison breaks; UNESCO listings; river boat sinkings; eclipses; governors
    # and mayors; central-bank governors and currencies; Somalia, Djibouti and the Comoros;
    # Mauritania and Libya's south and east): floors from their first run, at the code of
    # 4397def (session 65's end)
    "stories378": ("stories378", 37, 3, (0.92, 0.89, 0.87, 0.65, 0.71, 0.94)),
    "stories379": ("stories379", 39, 6, (0.82, 0.51, 0.44, 0.21, 0.26, 0.94)),
    "stories380": ("stories380", 34, 3, (0.89, 0.89, 0.87, 0.62, 0.79, 0.94)),
    "stories381": ("stories381", 52, 6, (0.93, 0.81, 0.80, 0.53, 0.41, 0.77)),
    "stories382": ("stories382", 62, 6, (0.91, 0.70, 0.68, 0.68, 0.74, 0.77)),
    "stories383": ("stories383", 65, 6, (0.85, 0.70, 0.59, 0.44, 0.37, 0.94)),
    "stories384": ("stories384", 54, 4, (0.85, 0.69, 0.58, 0.51, 0.70, 0.94)),
    "stories385": ("stories385", 50, 5, (0.95, 0.61, 0.50, 0.36, 0.42, 0.94)),
    # stories386-391 (Oman; Kuwait and Bahrain; the Kurdistan Region of Iraq; Jordan; Lebanon
    # outside Beirut; Yemen's governorates): floors from their first run, at the code of 249c36b
    "stories386": ("stories386", 51, 5, (0.95, 0.75, 0.64, 0.44, 0.47, 0.94)),
    "stories387": ("stories387", 66, 6, (0.90, 0.73, 0.67, 0.46, 0.60, 0.94)),
    "stories388": ("stories388", 70, 7, (0.87, 0.80, 0.80, 0.40, 0.45, 0.94)),
    "stories389": ("stories389", 38, 3, (0.87, 0.76, 0.61, 0.37, 0.29, 0.94)),
    "stories390": ("stories390", 58, 6, (0.88, 0.84, 0.52, 0.59, 0.58, 0.94)),
    "stories391": ("stories391", 62, 6, (0.91, 0.75, 0.68, 0.33, 0.30, 0.94)),
    # stories392-398 (Upper Egypt; Algeria's wilayas; Tunisia's interior and south; Sudan's states;
    # Syria's provinces; Saudi regions; southern and western Iraq): floors from their first run, at
    # the code of 5e0d702
    "stories392": ("stories392", 70, 8, (0.89, 0.82, 0.70, 0.61, 0.66, 0.94)),
    "stories393": ("stories393", 56, 4, (0.87, 0.80, 0.78, 0.43, 0.46, 0.94)),
    "stories394": ("stories394", 53, 3, (0.91, 0.70, 0.67, 0.60, 0.78, 0.94)),
    "stories395": ("stories395", 73, 8, (0.93, 0.84, 0.72, 0.66, 0.90, 0.94)),
    "stories396": ("stories396", 78, 6, (0.92, 0.79, 0.71, 0.51, 0.47, 0.94)),
    "stories397": ("stories397", 46, 3, (0.86, 0.75, 0.69, 0.71, 0.95, 0.94)),
    "stories398": ("stories398", 37, 4, (0.86, 0.81, 0.79, 0.36, 0.40, 0.94)),
    # stories399-404 (Morocco's regions; West Bank cities; western Libya; the UAE and Qatar; Egypt's
    # Delta and Canal cities; northern and central Iraq): floors from their first run, at 0cb7ebf
    "stories399": ("stories399", 50, 5, (0.91, 0.71, 0.54, 0.69, 0.89, 0.94)),
    "stories400": ("stories400", 33, 2, (0.88, 0.76, 0.74, 0.28, 0.45, 0.94)),
    "stories401": ("stories401", 59, 4, (0.88, 0.69, 0.62, 0.63, 0.75, 0.94)),
    # stories402: merge F1 0.71 -> 0.70 with publication.URL_DATES (the day an article's
    # address names is a clue; pooled over the 601 sets, undated hidden: sharp 63.3 -> 66.8 %)
    "stories402": ("stories402", 32, 4, (0.91, 0.76, 0.67, 0.70, 0.78, 0.94)),
    "stories403": ("stories403", 29, 2, (0.95, 0.95, 0.85, 0.64, 0.57, 0.94)),
    "stories404": ("stories404", 50, 6, (0.83, 0.63, 0.64, 0.53, 0.80, 0.94)),
    # stories405-411 (Cairo and Giza; Beirut and Mount Lebanon; Baghdad; Tunis and the Sahel coast;
    # Casablanca, Rabat, Sale and Kenitra; Damascus and its countryside; Algiers and its neighbouring
    # wilayas): floors from their first run, at the code of b4105db
    "stories405": ("stories405", 44, 4, (0.88, 0.72, 0.61, 0.26, 0.26, 0.94)),
    "stories406": ("stories406", 79, 8, (0.82, 0.74, 0.59, 0.38, 0.33, 0.94)),
    "stories407": ("stories407", 39, 4, (0.92, 0.69, 0.60, 0.28, 0.41, 0.94)),
    "stories408": ("stories408", 30, 3, (0.95, 0.88, 0.76, 0.51, 0.95, 0.94)),
    "stories409": ("stories409", 31, 2, (0.85, 0.85, 0.85, 0.29, 0.23, 0.94)),
    "stories410": ("stories410", 56, 5, (0.91, 0.82, 0.79, 0.46, 0.46, 0.94)),
    "stories411": ("stories411", 28, 2, (0.91, 0.45, 0.35, 0.73, 0.95, 0.94)),
    # stories412-419 (Alexandria, Matrouh and the Red Sea; Arab towns inside Israel; the Gaza Strip
    # before October 2023; northern Yemen; Riyadh, Jeddah, Mecca and Taif; Khartoum and Omdurman;
    # Aleppo; Tunisia's north-west): floors from their first run, at the code of fcf6c02 (merge
    # floors of 0 where the first run merged nothing right; sharp floors held at the dated floor)
    "stories412": ("stories412", 45, 4, (0.88, 0.68, 0.53, 0.55, 0.83, 0.94)),
    "stories413": ("stories413", 60, 7, (0.93, 0.81, 0.77, 0.53, 0.59, 0.94)),
    "stories414": ("stories414", 49, 4, (0.90, 0.68, 0.57, 0.52, 0.67, 0.94)),
    "stories415": ("stories415", 17, 2, (0.89, 0.77, 0.72, 0.0, 0.0, 0.94)),
    "stories416": ("stories416", 58, 4, (0.88, 0.74, 0.63, 0.43, 0.31, 0.94)),
    "stories417": ("stories417", 37, 4, (0.92, 0.73, 0.73, 0.08, 0.11, 0.94)),
    "stories418": ("stories418", 19, 2, (0.89, 0.79, 0.59, 0.69, 0.72, 0.94)),
    "stories419": ("stories419", 32, 2, (0.85, 0.79, 0.79, 0.43, 0.52, 0.94)),
    # stories420-425 (domestic football league deciders; dust storms; hospital fires; summer power
    # outages; fuel shortages; pollution incidents): floors from their first run, at the code of
    # 894a9de (stories421's sharp floor held at its dated floor)
    "stories420": ("stories420", 56, 5, (0.89, 0.73, 0.71, 0.60, 0.57, 0.94)),
    "stories421": ("stories421", 20, 2, (0.95, 0.95, 0.95, 0.42, 0.32, 0.94)),
    "stories422": ("stories422", 38, 4, (0.89, 0.89, 0.85, 0.20, 0.36, 0.94)),
    "stories423": ("stories423", 34, 3, (0.86, 0.80, 0.66, 0.60, 0.61, 0.94)),
    "stories424": ("stories424", 20, 1, (0.90, 0.55, 0.36, 0.10, 0.16, 0.94)),
    "stories425": ("stories425", 29, 3, (0.74, 0.67, 0.58, 0.29, 0.70, 0.94)),
    # stories426-431 (drought and rain prayers; Arab athletes in individual sports; airport disruptions;
    # housing permits; smuggling seizures; livestock and zoo news): floors from their first run, at
    # the code of d4a1571 (sharp floors held at their dated floors where the margins crossed)
    "stories426": ("stories426", 39, 4, (0.87, 0.61, 0.61, 0.47, 0.42, 0.94)),
    "stories427": ("stories427", 50, 4, (0.93, 0.65, 0.42, 0.34, 0.72, 0.94)),
    "stories428": ("stories428", 45, 3, (0.90, 0.81, 0.76, 0.30, 0.33, 0.94)),
    "stories429": ("stories429", 14, 2, (0.66, 0.59, 0.59, 0.26, 0.25, 0.94)),
    "stories430": ("stories430", 38, 4, (0.76, 0.37, 0.32, 0.73, 0.95, 0.94)),
    "stories431": ("stories431", 28, 3, (0.80, 0.66, 0.56, 0.52, 0.76, 0.94)),
    # stories432-436 (universities and students; Hajj and Umrah; tourism; internet and telecom cuts;
    # labour): floors from their first run, at the code of 0d56161 (likewise)
    "stories432": ("stories432", 35, 2, (0.92, 0.72, 0.72, 0.43, 0.34, 0.94)),
    "stories433": ("stories433", 47, 4, (0.92, 0.82, 0.68, 0.38, 0.43, 0.94)),
    # stories434: merge F1 0.72 -> 0.66 with publication.URL_DATES (the day an article's
    # address names is a clue; pooled over the 601 sets, undated hidden: sharp 63.3 -> 66.8 %)
    "stories434": ("stories434", 40, 4, (0.82, 0.72, 0.68, 0.66, 0.95, 0.94)),
    "stories435": ("stories435", 53, 5, (0.93, 0.61, 0.45, 0.47, 0.56, 0.94)),
    "stories436": ("stories436", 20, 2, (0.95, 0.70, 0.70, 0.62, 0.55, 0.94)),
    # stories437-448 (pardons and amnesties; bridges and roads; migrants; market and factory fires;
    # kidnappings and releases; fuel and bread prices; family tragedies; science and space; sports
    # governance; municipal, syndicate and bar elections; dams and water; culture and heritage): floors
    # from their first run, at the code of 0b654e5 (sharp floors held at their dated floors where the
    # margins crossed)
    "stories437": ("stories437", 41, 6, (0.92, 0.73, 0.60, 0.53, 0.55, 0.94)),
    "stories438": ("stories438", 35, (4, 2), (0.63, 0.55, 0.49, 0.28, 0.37, 0.45)),
    # stories439: merge F1 0.56 -> 0.51; merge precision 0.58 -> 0.44 with publication.URL_DATES (the day an article's
    # address names is a clue; pooled over the 601 sets, undated hidden: sharp 63.3 -> 66.8 %)
    "stories439": ("stories439", 42, 3, (0.90, 0.52, 0.37, 0.51, 0.44, 0.94)),
    "stories440": ("stories440", 39, 3, (0.92, 0.87, 0.77, 0.29, 0.28, 0.94)),
    "stories441": ("stories441", 52, (8, 5), (0.62, 0.52, 0.45, 0.33, 0.55, 0.57)),
    "stories442": ("stories442", 41, (8, 3), (0.36, 0.36, 0.19, 0.18, 0.70, 0.32)),
    "stories443": ("stories443", 49, 6, (0.90, 0.70, 0.29, 0.28, 0.45, 0.94)),
    "stories444": ("stories444", 27, (6, 4), (0.69, 0.43, 0.28, 0.50, 0.66, 0.61)),
    "stories445": ("stories445", 54, (7, 4), (0.67, 0.48, 0.45, 0.55, 0.95, 0.52)),
    "stories446": ("stories446", 48, (6, 4), (0.80, 0.65, 0.61, 0.43, 0.48, 0.45)),
    "stories447": ("stories447", 46, 5, (0.92, 0.86, 0.55, 0.32, 0.45, 0.94)),
    "stories448": ("stories448", 52, 4, (0.89, 0.60, 0.50, 0.53, 0.49, 0.94)),
    # stories449-452 (food safety and poisonings; diplomatic incidents; road accidents; religious
    # affairs): floors from their first run, at the code of d93dde9 (as 0b654e5; likewise)
    "stories449": ("stories449", 57, 6, (0.86, 0.73, 0.68, 0.55, 0.56, 0.94)),
    "stories450": ("stories450", 58, 5, (0.88, 0.60, 0.53, 0.25, 0.25, 0.94)),
    "stories451": ("stories451", 66, 9, (0.93, 0.88, 0.81, 0.31, 0.34, 0.94)),
    "stories452": ("stories452", 43, (9, 3), (0.36, 0.20, 0.18, 0.04, 0.95, 0.06)),
    # stories453-460 (labour strikes; snowstorms and cold waves; school exams; mine and tunnel
    # rescues; drug seizures; blackouts; aviation incidents; livestock disease): floors from their
    # first run, at the code of 1e5cafc (the behaviour of c4f09b5)
    "stories453": ("stories453", 44, 4, (0.92, 0.67, 0.60, 0.42, 0.43, 0.94)),
    "stories454": ("stories454", 46, (6, 3), (0.62, 0.49, 0.31, 0.55, 0.95, 0.45)),
    "stories455": ("stories455", 40, 4, (0.87, 0.55, 0.52, 0.28, 0.30, 0.94)),
    "stories456": ("stories456", 43, 4, (0.95, 0.83, 0.55, 0.30, 0.70, 0.94)),
    "stories457": ("stories457", 35, 5, (0.77, 0.52, 0.49, 0.49, 0.61, 0.94)),
    "stories458": ("stories458", 60, 7, (0.85, 0.78, 0.61, 0.45, 0.64, 0.94)),
    "stories459": ("stories459", 42, 4, (0.92, 0.85, 0.75, 0.50, 0.60, 0.94)),
    # stories460: merge F1 0.45 -> 0.40 with publication.URL_DATES (the day an article's
    # address names is a clue; pooled over the 601 sets, undated hidden: sharp 63.3 -> 66.8 %)
    "stories460": ("stories460", 40, 3, (0.80, 0.35, 0.27, 0.40, 0.95, 0.94)),
    # stories461-468 (water shortages; wildlife and pollution incidents; universities; ferry and
    # boat accidents; national football leagues; disease outbreaks and vaccination; taxes, customs
    # and budgets; building collapses and gas explosions): floors from their first run, at the
    # code of 1805857
    "stories461": ("stories461", 27, 4, (0.80, 0.69, 0.39, 0.28, 0.45, 0.94)),
    "stories462": ("stories462", 53, (7, 4), (0.62, 0.45, 0.36, 0.28, 0.45, 0.52)),
    "stories463": ("stories463", 60, 6, (0.88, 0.75, 0.60, 0.32, 0.38, 0.94)),
    "stories464": ("stories464", 36, 4, (0.95, 0.75, 0.64, 0.63, 0.75, 0.94)),
    "stories465": ("stories465", 40, 4, (0.90, 0.82, 0.67, 0.34, 0.35, 0.94)),
    "stories466": ("stories466", 40, 6, (0.92, 0.72, 0.57, 0.55, 0.81, 0.94)),
    "stories467": ("stories467", 40, 4, (0.90, 0.52, 0.35, 0.30, 0.26, 0.94)),
    "stories468": ("stories468", 49, 8, (0.86, 0.84, 0.82, 0.33, 0.52, 0.94)),
    # stories469-472 (cyberattacks and outages; doping and sports bans; laws and rules coming into
    # force; tourism): floors from their first run, at the code of 552d0f3
    "stories469": ("stories469", 28, 2, (0.87, 0.84, 0.84, 0.52, 0.95, 0.94)),
    "stories470": ("stories470", 42, 4, (0.87, 0.56, 0.37, 0.30, 0.38, 0.94)),
    "stories471": ("stories471", 23, 4, (0.77, 0.64, 0.51, 0.32, 0.70, 0.94)),
    "stories472": ("stories472", 41, (5, 2), (0.53, 0.31, 0.21, 0.45, 0.71, 0.35)),
    # stories473-476 (train accidents; cabinet reshuffles; journalists arrested, tried and
    # released; locusts): floors from their first run, at the code of b87a13b
    "stories473": ("stories473", 56, (10, 7), (0.68, 0.52, 0.41, 0.32, 0.58, 0.65)),
    "stories474": ("stories474", 37, 4, (0.73, 0.70, 0.65, 0.56, 0.56, 0.94)),
    "stories475": ("stories475", 47, (5, 4), (0.82, 0.67, 0.56, 0.24, 0.28, 0.75)),
    "stories476": ("stories476", 22, (4, 2), (0.54, 0.35, 0.22, -0.05, -0.05, 0.45)),
    # stories477-480 (hostage and prisoner releases; deaths of artists and athletes; book fairs,
    # festivals and prizes; visas, residency and amnesties): floors from their first run, at the
    # code of 503bc5c
    "stories477": ("stories477", 56, 5, (0.89, 0.66, 0.57, 0.30, 0.37, 0.94)),
    "stories478": ("stories478", 68, 4, (0.92, 0.81, 0.71, 0.55, 0.59, 0.94)),
    "stories479": ("stories479", 38, 4, (0.81, 0.58, 0.42, 0.29, 0.33, 0.94)),
    "stories480": ("stories480", 38, (6, 3), (0.45, 0.31, 0.26, 0.07, 0.45, 0.45)),
    # stories481-484 (dust storms and heat waves; oil and gas; prisons and executions;
    # earthquakes and eruptions): floors from their first run, at the code of 503bc5c
    "stories481": ("stories481", 55, 7, (0.91, 0.67, 0.62, 0.42, 0.47, 0.94)),
    "stories482": ("stories482", 45, 5, (0.88, 0.77, 0.63, 0.51, 0.41, 0.94)),
    "stories483": ("stories483", 55, 6, (0.91, 0.62, 0.45, 0.20, 0.35, 0.94)),
    "stories484": ("stories484", 61, 4, (0.93, 0.83, 0.55, 0.69, 0.95, 0.70)),
    # stories485-488 (missing persons and searches; telecom, internet and apps; fishing and the
    # sea; school incidents): floors from their first run, at the code of e988b57
    "stories485": ("stories485", 59, 7, (0.91, 0.71, 0.52, 0.23, 0.52, 0.94)),
    "stories486": ("stories486", 39, 6, (0.92, 0.46, 0.38, 0.20, 0.55, 0.94)),
    "stories487": ("stories487", 45, 6, (0.77, 0.61, 0.35, 0.50, 0.52, 0.94)),
    "stories488": ("stories488", 41, 4, (0.82, 0.63, 0.48, 0.50, 0.67, 0.94)),
    # stories489, 490 and 492 (industrial accidents; residents' protests; displacement camps;
    # the helper for stories491, traffic rules, found no story it could date and built nothing):
    # floors from their first run, at the code of e988b57
    "stories489": ("stories489", 47, 3, (0.90, 0.86, 0.75, 0.27, 0.16, 0.94)),
    "stories490": ("stories490", 9, 1, (0.72, 0.61, 0.50, 0.95, 0.95, 0.94)),
    "stories492": ("stories492", 25, 2, (0.95, 0.79, 0.79, 0.58, 0.70, 0.94)),
    # stories493-496 (places of worship; public figures in court; parliaments; ceasefires):
    # floors from their first run, at the code of 4343d42
    "stories493": ("stories493", 39, 4, (0.84, 0.82, 0.79, 0.63, 0.95, 0.94)),
    "stories494": ("stories494", 41, (8, 3), (0.51, 0.38, 0.21, 0.09, 0.28, 0.32)),
    "stories495": ("stories495", 24, 2, (0.95, 0.86, 0.65, 0.45, 0.52, 0.94)),
    "stories496": ("stories496", 44, 4, (0.90, 0.79, 0.74, 0.45, 0.52, 0.94)),
    # stories497-500 (medical negligence and hospital scandals; landslides; vaccination campaigns; openings of
    # infrastructure projects): floors from their first run, at the code of 3f5edcd
    "stories497": ("stories497", 46, 5, (0.84, 0.51, 0.34, 0.49, 0.75, 0.94)),
    "stories498": ("stories498", 49, 3, (0.88, 0.72, 0.66, 0.52, 0.56, 0.94)),
    "stories499": ("stories499", 27, 4, (0.83, 0.61, 0.57, 0.45, 0.95, 0.94)),
    "stories500": ("stories500", 44, (9, 6), (0.65, 0.45, 0.42, 0.51, 0.76, 0.61)),
    # stories501-503 (currency and central-bank decisions; ships seized, attacked or stranded; championships
    # other than football): floors from their first run, at the code of 3f5edcd
    "stories501": ("stories501", 26, 3, (0.83, 0.60, 0.56, 0.31, 0.35, 0.94)),
    "stories502": ("stories502", 41, (5, 2), (0.55, 0.38, 0.36, 0.22, 0.31, 0.35)),
    "stories503": ("stories503", 20, 5, (0.90, 0.55, 0.40, 0.57, 0.57, 0.94)),
    # stories504-507 (medicine shortages and recalls; financial fraud; state visits and summits; public
    # holidays): floors from their first run, at the code of 3f5edcd
    "stories504": ("stories504", 22, 2, (0.85, 0.72, 0.72, 0.20, 0.95, 0.94)),
    "stories505": ("stories505", 17, 1, (0.89, 0.42, 0.42, 0.41, 0.37, 0.94)),
    "stories506": ("stories506", 43, 6, (0.90, 0.88, 0.83, 0.45, 0.50, 0.94)),
    "stories507": ("stories507", 21, 2, (0.95, 0.66, 0.61, 0.11, 0.28, 0.94)),
    # stories508-511 (stock markets and listings; animal attacks; referendums and constitutions; wildfires
    # around the Mediterranean): floors from their first run, at the code of 766864e
    "stories508": ("stories508", 50, 3, (0.93, 0.81, 0.79, 0.46, 0.56, 0.94)),
    "stories509": ("stories509", 54, (8, 6), (0.70, 0.63, 0.48, 0.06, 0.23, 0.70)),
    "stories510": ("stories510", 47, 6, (0.90, 0.80, 0.50, 0.35, 0.41, 0.94)),
    "stories511": ("stories511", 61, 5, (0.95, 0.73, 0.55, 0.48, 0.65, 0.94)),
    # stories512-515 (gas explosions; murder cases; sanctions; election candidacies): floors
    # from their first run, at the code of 766864e
    # stories512: dated 0.77 -> 0.75 with publication.URL_DATES (the day an article's
    # address names is a clue; pooled over the 601 sets, undated hidden: sharp 63.3 -> 66.8 %)
    "stories512": ("stories512", 45, 5, (0.81, 0.75, 0.52, 0.43, 0.45, 0.94)),
    "stories513": ("stories513", 33, 5, (0.95, 0.82, 0.61, 0.36, 0.48, 0.94)),
    "stories514": ("stories514", 52, 5, (0.87, 0.66, 0.54, 0.39, 0.56, 0.94)),
    "stories515": ("stories515", 77, (10, 7), (0.80, 0.59, 0.48, 0.29, 0.36, 0.55)),
    # stories516-519 (border crossings; military exercises; coups; museum heists): floors from
    # their first run, at the code of abdcb6e
    "stories516": ("stories516", 56, 8, (0.87, 0.75, 0.71, 0.67, 0.80, 0.94)),
    "stories517": ("stories517", 33, 5, (0.88, 0.85, 0.82, 0.67, 0.76, 0.94)),
    "stories518": ("stories518", 69, 9, (0.90, 0.84, 0.66, 0.32, 0.53, 0.94)),
    "stories519": ("stories519", 41, 4, (0.85, 0.80, 0.63, 0.33, 0.45, 0.94)),
    # stories520-523 (harvests; cable-car and lift accidents; fuel shortages; censuses): floors
    # from their first run, at the code of 43c3601
    # stories520: dated 0.75 -> 0.73 with publication.URL_DATES (the day an article's
    # address names is a clue; pooled over the 601 sets, undated hidden: sharp 63.3 -> 66.8 %)
    "stories520": ("stories520", 26, (4, 3), (0.79, 0.73, 0.33, 0.49, 0.45, 0.45)),
    "stories521": ("stories521", 53, 5, (0.89, 0.81, 0.57, 0.28, 0.55, 0.94)),
    "stories522": ("stories522", 55, 4, (0.85, 0.38, 0.38, 0.28, 0.24, 0.94)),
    "stories523": ("stories523", 38, 5, (0.84, 0.63, 0.55, 0.35, 0.31, 0.94)),
    # stories524-527 (hosting bids; rounds of negotiations; aid convoys; resignations of
    # officials): floors from their first run, at the code of 43c3601
    "stories524": ("stories524", 30, 2, (0.88, 0.71, 0.48, 0.56, 0.75, 0.94)),
    "stories525": ("stories525", 40, (6, 4), (0.67, 0.57, 0.32, 0.20, 0.45, 0.61)),
    "stories526": ("stories526", 41, 5, (0.92, 0.82, 0.51, 0.63, 0.71, 0.94)),
    "stories527": ("stories527", 23, 2, (0.95, 0.86, 0.64, 0.58, 0.95, 0.94)),
    # stories528-531 (hospital fires; floods in East Africa and South Asia; teachers' strikes; laws
    # in official gazettes): floors from their first run, at the code of b710420
    "stories528": ("stories528", 15, 2, (0.95, 0.81, 0.35, 0.41, 0.37, 0.94)),
    "stories529": ("stories529", 27, 3, (0.95, 0.91, 0.69, 0.61, 0.95, 0.94)),
    "stories530": ("stories530", 27, 3, (0.91, 0.72, 0.72, 0.50, 0.48, 0.94)),
    "stories531": ("stories531", 19, 2, (0.89, 0.63, 0.63, 0.22, 0.15, 0.94)),
    # stories532-539 (expulsions of ambassadors; arrests and trials of journalists; mass
    # poisonings; drownings; tax reforms; hunger strikes; deportations; house demolitions):
    # floors from their first run, at the code of 5ab2fdd
    "stories532": ("stories532", 40, 6, (0.87, 0.70, 0.60, 0.78, 0.95, 0.94)),
    "stories533": ("stories533", 48, (6, 5), (0.82, 0.57, 0.49, 0.65, 0.95, 0.45)),
    "stories534": ("stories534", 52, 7, (0.87, 0.71, 0.68, 0.25, 0.49, 0.94)),
    "stories535": ("stories535", 57, 7, (0.86, 0.68, 0.54, 0.32, 0.56, 0.94)),
    "stories536": ("stories536", 40, 5, (0.90, 0.85, 0.82, 0.53, 0.42, 0.94)),
    "stories537": ("stories537", 40, 4, (0.92, 0.75, 0.60, 0.11, 0.35, 0.94)),
    "stories538": ("stories538", 44, 5, (0.85, 0.56, 0.47, 0.52, 0.83, 0.94)),
    "stories539": ("stories539", 46, (6, 4), (0.62, 0.45, 0.42, 0.15, 0.25, 0.61)),
    # stories540-547 (archaeological finds; prison breaks; international courts; school
    # calendars; water cuts; flight routes; bans of series, films and concerts; eclipses and
    # other sky events): floors from their first run, at the code of 5ab2fdd
    # stories540: merge precision 0.7 -> 0.57 with publication.URL_DATES (the day an article's
    # address names is a clue; pooled over the 601 sets, undated hidden: sharp 63.3 -> 66.8 %)
    "stories540": ("stories540", 46, (8, 5), (0.62, 0.36, 0.36, 0.28, 0.57, 0.57)),
    "stories541": ("stories541", 63, 7, (0.91, 0.90, 0.66, 0.42, 0.51, 0.94)),
    "stories542": ("stories542", 42, 3, (0.90, 0.68, 0.56, 0.41, 0.33, 0.94)),
    "stories543": ("stories543", 40, (6, 3), (0.55, 0.30, 0.30, 0.00, 0.00, 0.45)),
    "stories544": ("stories544", 33, 3, (0.88, 0.49, 0.49, 0.42, 0.42, 0.94)),
    "stories545": ("stories545", 54, 8, (0.91, 0.67, 0.54, 0.50, 0.54, 0.82)),
    "stories546": ("stories546", 41, 4, (0.90, 0.70, 0.55, 0.49, 0.59, 0.94)),
    "stories547": ("stories547", 48, 7, (0.90, 0.63, 0.55, 0.54, 0.50, 0.80)),
    # stories548-555 (local news of Kuwait; Bahrain and Oman; Somalia, Djibouti and the Comoros;
    # Iraqi Kurdistan; eastern Libya; Syrians in Turkey; Arabs in Europe; Chad, Niger and Mali):
    # floors from their first run, at the code of 59c1379
    "stories548": ("stories548", 46, (6, 3), (0.55, 0.55, 0.51, 0.26, 0.37, 0.45)),
    "stories549": ("stories549", 57, 6, (0.89, 0.70, 0.52, 0.38, 0.45, 0.78)),
    "stories550": ("stories550", 36, 5, (0.95, 0.56, 0.42, 0.42, 0.78, 0.75)),
    "stories551": ("stories551", 56, 10, (0.91, 0.75, 0.75, 0.39, 0.59, 0.94)),
    "stories552": ("stories552", 50, 6, (0.93, 0.75, 0.73, 0.42, 0.67, 0.94)),
    # stories553: merge F1 0.37 -> 0.34 with publication.URL_DATES (the day an article's
    # address names is a clue; pooled over the 601 sets, undated hidden: sharp 63.3 -> 66.8 %)
    "stories553": ("stories553", 43, 3, (0.92, 0.83, 0.64, 0.34, 0.37, 0.94)),
    "stories554": ("stories554", 64, 6, (0.90, 0.82, 0.71, 0.39, 0.52, 0.94)),
    "stories555": ("stories555", 34, 4, (0.89, 0.71, 0.59, 0.28, 0.36, 0.94)),
    # stories556-563 (local news of Mauritania; southern Jordan; Syria's coast; Morocco's Sahara;
    # southern Algeria; Arabs in the Americas and Australia; Khuzestan; Palestinian refugee
    # camps): floors from their first run, at the code of 59c1379
    "stories556": ("stories556", 56, 9, (0.93, 0.71, 0.68, 0.41, 0.53, 0.94)),
    "stories557": ("stories557", 39, 6, (0.87, 0.71, 0.64, 0.47, 0.47, 0.94)),
    "stories558": ("stories558", 57, 5, (0.84, 0.70, 0.66, 0.46, 0.78, 0.94)),
    "stories559": ("stories559", 57, (8, 5), (0.63, 0.58, 0.42, 0.41, 0.53, 0.57)),
    "stories560": ("stories560", 47, 5, (0.86, 0.84, 0.77, 0.44, 0.38, 0.94)),
    "stories561": ("stories561", 44, 8, (0.95, 0.79, 0.54, 0.67, 0.95, 0.94)),
    "stories562": ("stories562", 55, 7, (0.95, 0.75, 0.73, 0.48, 0.36, 0.80)),
    "stories563": ("stories563", 59, 6, (0.88, 0.71, 0.52, 0.37, 0.34, 0.94)),
    # stories564-571 (missile attacks on Gulf bases; attacks on embassies and consulates; floods in Hadramout; Arab
    # space missions; fuel crises in Syria and Lebanon; gold-mine collapses; heritage festivals and Quran contests;
    # medicine prices in Tunisia): floors from their first run, at the code of d221964
    "stories564": ("stories564", 46, 4, (0.95, 0.86, 0.86, 0.25, 0.45, 0.94)),
    "stories565": ("stories565", 55, 3, (0.87, 0.84, 0.75, 0.46, 0.56, 0.94)),
    # stories566: dated 0.92 -> 0.88 with publication.URL_DATES (the day an article's
    # address names is a clue; pooled over the 601 sets, undated hidden: sharp 63.3 -> 66.8 %)
    "stories566": ("stories566", 36, 4, (0.95, 0.88, 0.78, 0.37, 0.26, 0.94)),
    "stories567": ("stories567", 39, 6, (0.87, 0.77, 0.48, 0.52, 0.55, 0.94)),
    "stories568": ("stories568", 26, 3, (0.83, 0.64, 0.45, 0.15, 0.45, 0.94)),
    "stories569": ("stories569", 28, 4, (0.91, 0.77, 0.70, 0.55, 0.82, 0.94)),
    "stories570": ("stories570", 24, 3, (0.78, 0.61, 0.49, 0.22, 0.17, 0.94)),
    "stories571": ("stories571", 11, 1, (0.95, 0.58, 0.40, 0.23, 0.45, 0.94)),
    # stories572-579 (coach sackings and sanctions in Arab football; kidnappings and hostage releases; summer power
    # cuts in Iraq; bird flu and locusts in Egypt; bank heists; deaths and funerals of national figures; visa rules
    # and a border reopening; strikes of teachers, drivers and medical students): floors from their first run, at
    # the code of d221964
    "stories572": ("stories572", 39, 5, (0.82, 0.64, 0.46, 0.42, 0.95, 0.94)),
    "stories573": ("stories573", 63, 8, (0.90, 0.72, 0.69, 0.70, 0.83, 0.94)),
    "stories574": ("stories574", 30, 4, (0.91, 0.71, 0.68, 0.65, 0.95, 0.94)),
    "stories575": ("stories575", 21, 3, (0.90, 0.75, 0.47, 0.35, 0.95, 0.94)),
    "stories576": ("stories576", 48, 4, (0.80, 0.78, 0.45, 0.31, 0.45, 0.94)),
    "stories577": ("stories577", 61, (8, 4), (0.67, 0.58, 0.52, 0.26, 0.19, 0.45)),
    "stories578": ("stories578", 33, 6, (0.79, 0.61, 0.52, 0.24, 0.38, 0.94)),
    "stories579": ("stories579", 32, 5, (0.88, 0.73, 0.73, 0.47, 0.47, 0.94)),
    # stories580-587 (municipal elections; migrant boats and sea rescues; Arab Olympic and world medallists; national
    # exam results; museum reopenings; holiday pardons; bus and truck crashes; snowstorms and dust storms): floors
    # from their first run, at the code of d221964 (stories581's merge floors from its end, at 9804f83:
    # events.LATER_BARE now counts "ثم انقلب بعد نحو 6 ساعات" from the boat's departure, and the
    # capsizing joins the departure's event: F1 / precision 0.77 / 0.93 at the first run, 0.66 / 0.66 at the end)
    "stories580": ("stories580", 43, (5, 2), (0.81, 0.67, 0.53, 0.46, 0.52, 0.35)),
    "stories581": ("stories581", 40, 4, (0.87, 0.70, 0.60, 0.61, 0.61, 0.94)),
    "stories582": ("stories582", 42, 5, (0.78, 0.52, 0.30, -0.05, -0.05, 0.94)),
    "stories583": ("stories583", 30, 6, (0.81, 0.61, 0.61, 0.57, 0.53, 0.94)),
    "stories584": ("stories584", 53, 6, (0.93, 0.76, 0.64, 0.56, 0.54, 0.94)),
    "stories585": ("stories585", 19, 2, (0.95, 0.79, 0.79, 0.36, 0.40, 0.94)),
    "stories586": ("stories586", 29, (4, 1), (0.53, 0.53, 0.53, 0.47, 0.95, 0.20)),
    # stories587: merge precision 0.95 -> 0.66 with publication.URL_DATES (the day an article's
    # address names is a clue; pooled over the 601 sets, undated hidden: sharp 63.3 -> 66.8 %)
    "stories587": ("stories587", 33, (4, 1), (0.40, 0.28, 0.28, 0.28, 0.66, 0.20)),
    # stories588-595 (cabinet reshuffles; central bank decisions; fires in hospitals, malls and markets; returned
    # antiquities; internet shutdowns and exam-time cuts; refugee returns and camp closures; corruption verdicts;
    # Ashura and Eid arrangements): floors from their first run, at the code of 8158747
    "stories588": ("stories588", 23, 2, (0.86, 0.73, 0.60, 0.37, 0.55, 0.94)),
    "stories589": ("stories589", 46, (6, 4), (0.73, 0.60, 0.42, 0.59, 0.95, 0.61)),
    "stories590": ("stories590", 44, 5, (0.92, 0.85, 0.85, 0.40, 0.52, 0.94)),
    "stories591": ("stories591", 44, 4, (0.85, 0.54, 0.47, 0.25, 0.57, 0.94)),
    "stories592": ("stories592", 30, (5, 1), (0.15, 0.05, 0.01, 0.07, 0.28, 0.15)),
    "stories593": ("stories593", 50, 4, (0.81, 0.75, 0.73, 0.59, 0.66, 0.70)),
    "stories594": ("stories594", 37, 5, (0.81, 0.78, 0.51, 0.55, 0.50, 0.94)),
    "stories595": ("stories595", 25, 4, (0.83, 0.43, 0.31, 0.14, 0.28, 0.45)),
    # session 77's sets (water disputes, airlines, continental cups, tribal clashes, hunger strikes,
    # salaries, national days, school calendars, cooking gas and sugar, police raids, old houses,
    # film festivals, car plants, summer heat, elections of officials, missing children, dams,
    # prisoner releases, school epidemics, royal tours, derbies, TV channels, war remnants, Hajj
    # convoys, women's rights, archaeology, tunnels and bridges, interpellations, blackmail, ports,
    # hospitals, lightning, election campaigns, tankers, stadium riots, exam leaks, withdrawal
    # ceilings, camels and sheep, holidays, bridges swept away): floors from their first runs
    # (stories596-627 at the code of c82b8d8, stories628-635 at a9f8c0f), or from their end at
    # 640f23e where the session's rules (publication.URL_DATES most of all) left them lower
    "stories596": ("stories596", 40, 3, (0.82, 0.72, 0.70, 0.40, 0.95, 0.94)),
    "stories597": ("stories597", 32, 4, (0.91, 0.79, 0.70, 0.51, 0.59, 0.94)),
    "stories598": ("stories598", 43, 6, (0.88, 0.67, 0.55, 0.31, 0.24, 0.94)),
    "stories599": ("stories599", 31, 4, (0.88, 0.85, 0.65, 0.45, 0.48, 0.94)),
    "stories600": ("stories600", 47, 3, (0.95, 0.80, 0.75, 0.46, 0.45, 0.94)),
    "stories601": ("stories601", 25, 2, (0.95, 0.83, 0.75, 0.28, 0.95, 0.94)),
    "stories602": ("stories602", 27, (4, 1), (0.35, 0.24, 0.24, 0.35, 0.52, 0.20)),
    "stories603": ("stories603", 45, 8, (0.88, 0.81, 0.68, 0.79, 0.86, 0.94)),
    "stories604": ("stories604", 41, 8, (0.90, 0.58, 0.48, 0.52, 0.61, 0.82)),
    "stories605": ("stories605", 32, 2, (0.88, 0.82, 0.82, 0.29, 0.31, 0.94)),
    "stories606": ("stories606", 37, 3, (0.95, 0.76, 0.65, 0.42, 0.42, 0.94)),
    "stories607": ("stories607", 42, 7, (0.83, 0.68, 0.45, 0.42, 0.42, 0.94)),
    "stories608": ("stories608", 33, (7, 4), (0.49, 0.46, 0.37, 0.41, 0.65, 0.52)),
    "stories609": ("stories609", 36, 4, (0.89, 0.78, 0.72, 0.38, 0.53, 0.94)),
    "stories610": ("stories610", 37, 5, (0.81, 0.67, 0.62, 0.35, 0.32, 0.94)),
    "stories611": ("stories611", 42, (6, 4), (0.66, 0.66, 0.54, 0.36, 0.70, 0.61)),
    "stories612": ("stories612", 32, 2, (0.79, 0.76, 0.76, 0.19, 0.17, 0.94)),
    "stories613": ("stories613", 40, (5, 2), (0.57, 0.52, 0.45, 0.46, 0.58, 0.35)),
    "stories614": ("stories614", 15, 1, (0.95, 0.68, 0.68, 0.25, 0.15, 0.94)),
    "stories615": ("stories615", 59, (8, 5), (0.66, 0.52, 0.44, 0.31, 0.52, 0.57)),
    "stories616": ("stories616", 24, (4, 1), (0.49, 0.11, 0.11, 0.11, 0.95, 0.00)),
    "stories617": ("stories617", 49, 6, (0.86, 0.74, 0.72, 0.56, 0.57, 0.94)),
    "stories618": ("stories618", 29, 4, (0.95, 0.84, 0.67, 0.42, 0.45, 0.94)),
    "stories619": ("stories619", 19, (4, 1), (0.42, 0.31, 0.31, 0.47, 0.50, 0.20)),
    "stories620": ("stories620", 35, 5, (0.95, 0.63, 0.52, 0.55, 0.72, 0.94)),
    "stories621": ("stories621", 26, 3, (0.91, 0.79, 0.79, 0.73, 0.95, 0.94)),
    "stories622": ("stories622", 28, (7, 6), (0.66, 0.41, 0.34, 0.33, 0.38, 0.80)),
    "stories623": ("stories623", 59, (11, 7), (0.61, 0.39, 0.35, 0.16, 0.19, 0.58)),
    "stories624": ("stories624", 11, 1, (0.76, 0.40, 0.40, 0.00, 0.00, 0.94)),
    "stories625": ("stories625", 29, (7, 1), (0.08, 0.08, 0.00, 0.00, 0.00, 0.09)),
    "stories626": ("stories626", 22, (4, 1), (0.35, 0.35, 0.35, 0.30, 0.48, 0.20)),
    "stories627": ("stories627", 26, 3, (0.87, 0.75, 0.71, 0.57, 0.95, 0.94)),
    "stories628": ("stories628", 38, 4, (0.84, 0.68, 0.60, 0.41, 0.35, 0.70)),
    "stories629": ("stories629", 43, 5, (0.90, 0.76, 0.69, 0.19, 0.25, 0.94)),
    "stories630": ("stories630", 52, 3, (0.81, 0.62, 0.62, 0.17, 0.55, 0.94)),
    "stories631": ("stories631", 15, 1, (0.95, 0.68, 0.61, 0.33, 0.20, 0.94)),
    "stories632": ("stories632", 19, (3, 2), (0.63, 0.52, 0.42, 0.52, 0.95, 0.28)),
    "stories633": ("stories633", 39, (7, 5), (0.69, 0.46, 0.38, 0.53, 0.58, 0.66)),
    "stories634": ("stories634", 14, 1, (0.95, 0.73, 0.73, 0.95, 0.95, 0.94)),
    "stories635": ("stories635", 28, 4, (0.91, 0.80, 0.80, 0.36, 0.25, 0.94)),
    # session 78's sets (migrants in the desert and deportations, port strikes, continental club
    # finals, book fairs, bread and fuel prices, heritage sites, corruption verdicts, outbreaks,
    # searches for the missing, by-elections, diverted flights, water and power cuts, exams,
    # religious occasions, road and rail disasters, diplomacy): floors from their first runs at
    # the code of 113c8c1 (the session's rule, spans.NOUN_AFTER_PREPOSITION, moves none of them)
    "stories636": ("stories636", 33, 2, (0.76, 0.58, 0.58, 0.56, 0.64, 0.95)),
    "stories637": ("stories637", 28, 6, (0.87, 0.52, 0.52, 0.28, 0.45, 0.95)),
    "stories638": ("stories638", 56, 12, (0.91, 0.77, 0.77, 0.42, 0.43, 0.95)),
    "stories639": ("stories639", 49, (8, 6), (0.66, 0.43, 0.27, 0.25, 0.37, 0.57)),
    "stories640": ("stories640", 41, 8, (0.90, 0.75, 0.75, 0.63, 0.95, 0.95)),
    "stories641": ("stories641", 30, 4, (0.91, 0.71, 0.71, 0.52, 0.57, 0.70)),
    "stories642": ("stories642", 41, 8, (0.92, 0.87, 0.63, 0.31, 0.27, 0.95)),
    "stories643": ("stories643", 25, 3, (0.91, 0.83, 0.83, 0.25, 0.45, 0.95)),
    "stories644": ("stories644", 32, (5, 3), (0.57, 0.45, 0.13, 0.42, 0.95, 0.55)),
    "stories645": ("stories645", 48, (8, 5), (0.63, 0.40, 0.34, 0.21, 0.70, 0.45)),
    "stories646": ("stories646", 45, (10, 7), (0.66, 0.66, 0.66, 0.46, 0.68, 0.65)),
    "stories647": ("stories647", 29, 4, (0.74, 0.57, 0.36, 0.47, 0.70, 0.70)),
    "stories648": ("stories648", 34, (7, 5), (0.68, 0.65, 0.47, 0.53, 0.72, 0.66)),
    "stories649": ("stories649", 26, (6, 4), (0.71, 0.41, 0.25, 0.35, 0.45, 0.45)),
    "stories650": ("stories650", 52, (9, 7), (0.77, 0.71, 0.64, 0.46, 0.52, 0.72)),
    "stories651": ("stories651", 42, 8, (0.90, 0.73, 0.71, 0.36, 0.27, 0.95)),
    # built at session 78's end (oil slicks, a cyber attack, Arab champions abroad, demolitions,
    # fertiliser plants halted, amnesties, sandstorms and snow, the press): floors from their
    # first runs at the session's end code (29df6c4); stories653's one story is undated
    # throughout and names no year, so nothing of it is placed (its floors are its counts)
    "stories652": ("stories652", 20, 3, (0.90, 0.75, 0.35, 0.37, 0.45, 0.95)),
    "stories653": ("stories653", 14, (3, 0), (0.00, 0.00, 0.00, 0.00, 0.00, 0.00)),
    "stories654": ("stories654", 22, (5, 3), (0.85, 0.40, 0.26, 0.56, 0.40, 0.55)),
    "stories655": ("stories655", 14, 2, (0.87, 0.87, 0.87, 0.42, 0.45, 0.95)),
    "stories656": ("stories656", 11, 1, (0.95, 0.85, 0.85, 0.61, 0.95, 0.95)),
    "stories657": ("stories657", 26, 5, (0.79, 0.71, 0.60, 0.16, 0.18, 0.95)),
    "stories658": ("stories658", 21, 3, (0.80, 0.52, 0.42, 0.31, 0.31, 0.61)),
    "stories659": ("stories659", 23, 3, (0.77, 0.73, 0.68, 0.37, 0.55, 0.95)),
}


def _score(name, *args):
    path = HERE / "realnews" / SETS[name][0] / "stories.jsonl"
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        score_stories.main(["--stories", str(path), "--json-only", *args])
    return json.loads(out.getvalue().strip().splitlines()[-1])


@pytest.fixture(scope="module", params=sorted(SETS))
def hidden(request):
    return request.param, _score(request.param)


def test_events_are_found_and_dated_on_real_stories(hidden):
    name, got = hidden
    _, gold, _, (found, dated, sharp, _f1, _p, _cov) = SETS[name]
    assert got["gold_events"] == gold
    assert got["event_found"] >= found
    assert got["event_dating_accuracy"] >= dated
    assert got["event_dating_sharp"] >= sharp


def test_reports_of_one_event_are_merged_across_articles(hidden):
    name, got = hidden
    f1, precision = SETS[name][3][3:5]
    assert got["merge_f1"] >= f1
    # no pair merged at all leaves precision undefined (None): it counts as 0 against the floor
    assert (got["merge_precision"] if got["merge_precision"] is not None else 0.0) >= precision


def test_undated_articles_get_a_range_that_holds_the_truth(hidden):
    name, got = hidden
    undated, ranged = SETS[name][2] if isinstance(SETS[name][2], tuple) else (SETS[name][2],) * 2
    assert got["undated_articles"] == undated
    assert got["pub_inferred"] >= ranged
    assert got["pub_coverage"] >= SETS[name][3][5]


#: Sets whose first run already showed more than three events for each gold event: their
#: ceiling is what that run showed, so that it cannot get worse (at the code of db6e68e:
#: stories137, ships and ports, 176 events for 54 gold events; stories141, captivity and
#: release, 188 for 59; at the code of 0c1e687: stories147, technology and cyber, 118 for 34;
#: stories153, smuggling, drugs and customs, 143 for 43; at the code of 14cecb6: stories170, space
#: and astronomy, 92 for 30; at the code of b285162: stories175, football coaches and clubs, 127 for
#: 41; stories178, animals and wildlife, 116 for 38; at the code of 6c567b7: stories234, visas and
#: residency, 26 for 8). Raised once: stories175 127 -> 128 in session 48 with
#: chronology.LINK_FITS_SOME (pooled over 265 sets + dev: sharp +21, dated +3, 8 more events
#: shown): al-Nassr's undated fourth article, no longer tied to the others' day by a link that fit
#: none of its days, dates its announcement right (the 13th) and keeps four reports apart.
#: Raised again in session 50, by one event each: stories170 92 -> 93, stories175 128 -> 129,
#: stories234 26 -> 27, with chronology.BACKGROUND_APART (the timeline's merge keeps what an
#: article tells as earlier background with its own date apart from its news; pooled over the
#: 276 sets + dev: merge precision 0.555 -> 0.574 / 0.570 -> 0.587, F1 +0.0008 / +0.0001, dated
#: +9 / +7, sharp +9 / +18, 256 more events shown undated hidden).
#: Raised in session 54 with chronology.DISSENT_SPLIT (a report whose own day the merged event's
#: date leaves out is an event of its own; pooled over the 299 sets + dev dated +36 / +24, 88 more
#: events shown undated hidden): stories175 129 -> 132 (one report each in three stories, no gold
#: event moved), and stories303 (phones and top-up fees, 69 for 23 at its first run) 70.
#: At the code of 6b2e976: stories313 (manuscripts, archives and returned artefacts), 83 for 25.
#: Raised in session 55 with events.SHADDA_HA_VERBS (form II verbs in ه with their shadda):
#: stories303 70 -> 71, a Tunisian article's "كما نبّه إلى دورها في مكافحة التهرب الجبائي" now
#: a report of its own (no gold event moved; pooled over the 304 sets + dev found +5, dated +3).
#: Raised in session 69 with dates.PREP_YEAR_RELAXED: stories234 27 -> 28, "منذ أن قررت في 2021
#: قطع علاقاتها الدبلوماسية" now dated 2021 (its gold day's year: dated +1) and shown apart.
#: At the code of 1805857: stories468 (building collapses and gas explosions), 87 for 28.
#: At the code of 766864e: stories513 (murder cases), 65 for 18.
#: At the code of d221964: stories572 (coach sackings and sanctions in Arab football), 62 for 20.
#: At the code of c82b8d8: stories621 (archaeological finds), 44 for 12.
#: Raised in session 77 with publication.URL_DATES (the day an article's address names is a
#: clue): stories147 118 -> 123 and stories170 93 -> 96, their articles dated by their addresses
#: now show the reports that were left out for want of a publication date (pooled over the 601
#: sets undated hidden: found 91.9 -> 92.8 %, sharp 63.3 -> 66.8 %, 838 more events shown).
FLOODED_AT_FIRST_RUN = {"stories137": 176, "stories141": 188, "stories147": 123, "stories153": 143,
                        "stories170": 96, "stories175": 132, "stories178": 116, "stories234": 28,
                        "stories303": 71, "stories313": 83, "stories468": 87, "stories513": 65,
                        "stories572": 62, "stories621": 44}


def test_the_timeline_is_not_flooded(hidden):
    name, got = hidden
    assert got["timeline_events"] <= max(3 * got["gold_event_keys"], FLOODED_AT_FIRST_RUN.get(name, 0))


def test_an_announcement_linked_to_the_event_it_announces_keeps_the_days_before_it():
    # lunar-eclipse-2025-1 (published 1 September 2025) announces the eclipse of the 7th
    # ("أن الخسوف سيُرى في العالم العربي"); dated articles report the eclipse itself: the
    # link says the article came before the eclipse, not within a day or two of it
    rows = [json.loads(line) for line in (HERE / "realnews" / "stories" / "stories.jsonl").open(encoding="utf-8")]
    arts = [a for a in rows if a["story"] == "lunar-eclipse-2025"]
    tl = score_stories.timeline.build(score_stories.build_corpus(arts, False))
    info = tl.document("lunar-eclipse-2025-1")
    assert info.published_how == "inferred"
    start, end = info.published.start.date(), info.published.end.date()
    assert start <= date(2025, 9, 1) < end
