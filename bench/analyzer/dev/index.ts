// The dev suites, each a file of the project's own labelled cases. A suite imitates one kind of corpus the
// analyzer is judged on elsewhere, without its cases:
// - core: look-alikes for the value-aware data flow, the first cases written;
// - py-web: Flask/Django views per OWASP-Benchmark category (score = TPR - FPR per category);
// - py-snippets: short insecure functions per CWE and their fixed twins (any finding / right CWE);
// - js-ts: JavaScript/TypeScript (Express, React, Angular, Node APIs) positives and look-alikes;
// - py-rules: line-level cases per library API (the finding must be on the labelled line).
import { DEV_CASES, type DevCase } from "./cases.js";
import { CASES as JS_TS } from "./js-ts.js";
import { BATCH3 as JS_TS_BATCH3 } from "./js-ts-batch3.js";
import { BATCH4 as JS_TS_BATCH4 } from "./js-ts-batch4.js";
import { BATCH5 as JS_TS_BATCH5 } from "./js-ts-batch5.js";
import { BATCH6 as JS_TS_BATCH6 } from "./js-ts-batch6.js";
import { BATCH7 as JS_TS_BATCH7 } from "./js-ts-batch7.js";
import { BATCH8 as JS_TS_BATCH8 } from "./js-ts-batch8.js";
import { BATCH9 as JS_TS_BATCH9 } from "./js-ts-batch9.js";
import { BATCH10 as JS_TS_BATCH10 } from "./js-ts-batch10.js";
import { BATCH11 as JS_TS_BATCH11 } from "./js-ts-batch11.js";
import { BATCH12 as JS_TS_BATCH12 } from "./js-ts-batch12.js";
import { BATCH13 as JS_TS_BATCH13 } from "./js-ts-batch13.js";
import { BATCH14 as JS_TS_BATCH14 } from "./js-ts-batch14.js";
import { BATCH15 as JS_TS_BATCH15 } from "./js-ts-batch15.js";
import { BATCH16 as JS_TS_BATCH16 } from "./js-ts-batch16.js";
import { BATCH17 as JS_TS_BATCH17 } from "./js-ts-batch17.js";
import { BATCH18 as JS_TS_BATCH18 } from "./js-ts-batch18.js";
import { BATCH19 as JS_TS_BATCH19 } from "./js-ts-batch19.js";
import { BATCH20 as JS_TS_BATCH20 } from "./js-ts-batch20.js";
import { BATCH21 as JS_TS_BATCH21 } from "./js-ts-batch21.js";
import { BATCH22 as JS_TS_BATCH22 } from "./js-ts-batch22.js";
import { BATCH23 as JS_TS_BATCH23 } from "./js-ts-batch23.js";
import { BATCH24 as JS_TS_BATCH24 } from "./js-ts-batch24.js";
import { BATCH25 as JS_TS_BATCH25 } from "./js-ts-batch25.js";
import { BATCH30 as JS_TS_BATCH30 } from "./js-ts-batch30.js";
import { BATCH31 as JS_TS_BATCH31 } from "./js-ts-batch31.js";
import { BATCH32 as JS_TS_BATCH32 } from "./js-ts-batch32.js";
import { BATCH40 as JS_TS_BATCH40 } from "./js-ts-batch40.js";
import { BATCH41 as JS_TS_BATCH41 } from "./js-ts-batch41.js";
import { BATCH42 as JS_TS_BATCH42 } from "./js-ts-batch42.js";
import { BATCH43 as JS_TS_BATCH43 } from "./js-ts-batch43.js";
import { BATCH44 as JS_TS_BATCH44 } from "./js-ts-batch44.js";
import { BATCH47 as JS_TS_BATCH47 } from "./js-ts-batch47.js";
import { BATCH45 as JS_TS_BATCH45 } from "./js-ts-batch45.js";
import { BATCH46 as JS_TS_BATCH46 } from "./js-ts-batch46.js";
import { BATCH50 as JS_TS_BATCH50 } from "./js-ts-batch50.js";
import { BATCH51 as JS_TS_BATCH51 } from "./js-ts-batch51.js";
import { BATCH52 as JS_TS_BATCH52 } from "./js-ts-batch52.js";
import { BATCH53 as JS_TS_BATCH53 } from "./js-ts-batch53.js";
import { BATCH54 as JS_TS_BATCH54 } from "./js-ts-batch54.js";
import { BATCH55 as JS_TS_BATCH55 } from "./js-ts-batch55.js";
import { BATCH56 as JS_TS_BATCH56 } from "./js-ts-batch56.js";
import { BATCH57 as JS_TS_BATCH57 } from "./js-ts-batch57.js";
import { BATCH58 as JS_TS_BATCH58 } from "./js-ts-batch58.js";
import { BATCH59 as JS_TS_BATCH59 } from "./js-ts-batch59.js";
import { BATCH60 as JS_TS_BATCH60 } from "./js-ts-batch60.js";
import { BATCH67 as JS_TS_BATCH67 } from "./js-ts-batch67.js";
import { BATCH75 as JS_TS_BATCH75 } from "./js-ts-batch75.js";
import { BATCH61 as JS_TS_BATCH61 } from "./js-ts-batch61.js";
import { BATCH62 as JS_TS_BATCH62 } from "./js-ts-batch62.js";
import { BATCH63 as JS_TS_BATCH63 } from "./js-ts-batch63.js";
import { BATCH64 as JS_TS_BATCH64 } from "./js-ts-batch64.js";
import { BATCH65 as JS_TS_BATCH65 } from "./js-ts-batch65.js";
import { BATCH68 as JS_TS_BATCH68 } from "./js-ts-batch68.js";
import { BATCH69 as JS_TS_BATCH69 } from "./js-ts-batch69.js";
import { BATCH73 as JS_TS_BATCH73 } from "./js-ts-batch73.js";
import { BATCH74 as JS_TS_BATCH74 } from "./js-ts-batch74.js";
import { BATCH70 as JS_TS_BATCH70 } from "./js-ts-batch70.js";
import { BATCH71 as JS_TS_BATCH71 } from "./js-ts-batch71.js";
import { BATCH76 as JS_TS_BATCH76 } from "./js-ts-batch76.js";
import { BATCH77 as JS_TS_BATCH77 } from "./js-ts-batch77.js";
import { BATCH78 as JS_TS_BATCH78 } from "./js-ts-batch78.js";
import { BATCH80 as JS_TS_BATCH80 } from "./js-ts-batch80.js";
import { BATCH72 as JS_TS_BATCH72 } from "./js-ts-batch72.js";
import { BATCH83 as JS_TS_BATCH83 } from "./js-ts-batch83.js";
import { BATCH84 as JS_TS_BATCH84 } from "./js-ts-batch84.js";
import { BATCH85 as JS_TS_BATCH85 } from "./js-ts-batch85.js";
import { BATCH88 as JS_TS_BATCH88 } from "./js-ts-batch88.js";
import { BATCH89 as JS_TS_BATCH89 } from "./js-ts-batch89.js";
import { BATCH92 as JS_TS_BATCH92 } from "./js-ts-batch92.js";
import { BATCH98 as JS_TS_BATCH98 } from "./js-ts-batch98.js";
import { BATCH99 as JS_TS_BATCH99 } from "./js-ts-batch99.js";
import { BATCH79 as JS_TS_BATCH79 } from "./js-ts-batch79.js";
import { BATCH81 as JS_TS_BATCH81 } from "./js-ts-batch81.js";
import { BATCH82 as JS_TS_BATCH82 } from "./js-ts-batch82.js";
import { BATCH90 as JS_TS_BATCH90 } from "./js-ts-batch90.js";
import { BATCH86 as JS_TS_BATCH86 } from "./js-ts-batch86.js";
import { BATCH87 as JS_TS_BATCH87 } from "./js-ts-batch87.js";
import { BATCH91 as JS_TS_BATCH91 } from "./js-ts-batch91.js";
import { BATCH97 as JS_TS_BATCH97 } from "./js-ts-batch97.js";
import { BATCH94 as JS_TS_BATCH94 } from "./js-ts-batch94.js";
import { BATCH96 as JS_TS_BATCH96 } from "./js-ts-batch96.js";
import { BATCH93 as JS_TS_BATCH93 } from "./js-ts-batch93.js";
import { BATCH95 as JS_TS_BATCH95 } from "./js-ts-batch95.js";
import { BATCH100 as JS_TS_BATCH100 } from "./js-ts-batch100.js";
import { BATCH103 as JS_TS_BATCH103 } from "./js-ts-batch103.js";
import { BATCH102 as JS_TS_BATCH102 } from "./js-ts-batch102.js";
import { BATCH104 as JS_TS_BATCH104 } from "./js-ts-batch104.js";
import { BATCH101 as JS_TS_BATCH101 } from "./js-ts-batch101.js";
import { BATCH111 as JS_TS_BATCH111 } from "./js-ts-batch111.js";
import { BATCH105 as JS_TS_BATCH105 } from "./js-ts-batch105.js";
import { BATCH106 as JS_TS_BATCH106 } from "./js-ts-batch106.js";
import { BATCH108 as JS_TS_BATCH108 } from "./js-ts-batch108.js";
import { BATCH109 as JS_TS_BATCH109 } from "./js-ts-batch109.js";
import { BATCH107 as JS_TS_BATCH107 } from "./js-ts-batch107.js";
import { BATCH110 as JS_TS_BATCH110 } from "./js-ts-batch110.js";
import { BATCH113 as JS_TS_BATCH113 } from "./js-ts-batch113.js";
import { BATCH112 as JS_TS_BATCH112 } from "./js-ts-batch112.js";
import { BATCH114 as JS_TS_BATCH114 } from "./js-ts-batch114.js";
import { BATCH116 as JS_TS_BATCH116 } from "./js-ts-batch116.js";
import { BATCH118 as JS_TS_BATCH118 } from "./js-ts-batch118.js";
import { BATCH115 as JS_TS_BATCH115 } from "./js-ts-batch115.js";
import { BATCH117 as JS_TS_BATCH117 } from "./js-ts-batch117.js";
import { BATCH123 as JS_TS_BATCH123 } from "./js-ts-batch123.js";
import { BATCH120 as JS_TS_BATCH120 } from "./js-ts-batch120.js";
import { BATCH119 as JS_TS_BATCH119 } from "./js-ts-batch119.js";
import { BATCH122 as JS_TS_BATCH122 } from "./js-ts-batch122.js";
import { BATCH124 as JS_TS_BATCH124 } from "./js-ts-batch124.js";
import { BATCH121 as JS_TS_BATCH121 } from "./js-ts-batch121.js";
import { BATCH125 as JS_TS_BATCH125 } from "./js-ts-batch125.js";
import { BATCH126 as JS_TS_BATCH126 } from "./js-ts-batch126.js";
import { BATCH129 as JS_TS_BATCH129 } from "./js-ts-batch129.js";
import { BATCH127 as JS_TS_BATCH127 } from "./js-ts-batch127.js";
import { BATCH132 as JS_TS_BATCH132 } from "./js-ts-batch132.js";
import { BATCH131 as JS_TS_BATCH131 } from "./js-ts-batch131.js";
import { BATCH133 as JS_TS_BATCH133 } from "./js-ts-batch133.js";
import { BATCH134 as JS_TS_BATCH134 } from "./js-ts-batch134.js";
import { BATCH135 as JS_TS_BATCH135 } from "./js-ts-batch135.js";
import { BATCH136 as JS_TS_BATCH136 } from "./js-ts-batch136.js";
import { BATCH138 as JS_TS_BATCH138 } from "./js-ts-batch138.js";
import { BATCH137 as JS_TS_BATCH137 } from "./js-ts-batch137.js";
import { BATCH140 as JS_TS_BATCH140 } from "./js-ts-batch140.js";
import { BATCH142 as JS_TS_BATCH142 } from "./js-ts-batch142.js";
import { BATCH139 as JS_TS_BATCH139 } from "./js-ts-batch139.js";
import { BATCH143 as JS_TS_BATCH143 } from "./js-ts-batch143.js";
import { BATCH141 as JS_TS_BATCH141 } from "./js-ts-batch141.js";
import { BATCH147 as JS_TS_BATCH147 } from "./js-ts-batch147.js";
import { BATCH151 as JS_TS_BATCH151 } from "./js-ts-batch151.js";
import { BATCH153 as JS_TS_BATCH153 } from "./js-ts-batch153.js";
import { BATCH152 as JS_TS_BATCH152 } from "./js-ts-batch152.js";
import { BATCH154 as JS_TS_BATCH154 } from "./js-ts-batch154.js";
import { BATCH155 as JS_TS_BATCH155 } from "./js-ts-batch155.js";
import { BATCH158 as JS_TS_BATCH158 } from "./js-ts-batch158.js";
import { BATCH156 as JS_TS_BATCH156 } from "./js-ts-batch156.js";
import { BATCH157 as JS_TS_BATCH157 } from "./js-ts-batch157.js";
import { BATCH159 as JS_TS_BATCH159 } from "./js-ts-batch159.js";
import { BATCH164 as JS_TS_BATCH164 } from "./js-ts-batch164.js";
import { BATCH163 as JS_TS_BATCH163 } from "./js-ts-batch163.js";
import { BATCH167 as JS_TS_BATCH167 } from "./js-ts-batch167.js";
import { BATCH162 as JS_TS_BATCH162 } from "./js-ts-batch162.js";
import { BATCH161 as JS_TS_BATCH161 } from "./js-ts-batch161.js";
import { BATCH160 as JS_TS_BATCH160 } from "./js-ts-batch160.js";
import { BATCH166 as JS_TS_BATCH166 } from "./js-ts-batch166.js";
import { BATCH165 as JS_TS_BATCH165 } from "./js-ts-batch165.js";
import { BATCH144 as JS_TS_BATCH144 } from "./js-ts-batch144.js";
import { BATCH145 as JS_TS_BATCH145 } from "./js-ts-batch145.js";
import { BATCH146 as JS_TS_BATCH146 } from "./js-ts-batch146.js";
import { BATCH148 as JS_TS_BATCH148 } from "./js-ts-batch148.js";
import { BATCH149 as JS_TS_BATCH149, BATCH149B as JS_TS_BATCH149B } from "./js-ts-batch149.js";
import { BATCH150 as JS_TS_BATCH150 } from "./js-ts-batch150.js";
import { MARKUP as JS_TS_MARKUP } from "./js-ts-markup.js";
import { CASES as PY_RULES } from "./py-rules.js";
import { BATCH15 as PY_RULES_BATCH15 } from "./py-rules-batch15.js";
import { BATCH16 as PY_RULES_BATCH16 } from "./py-rules-batch16.js";
import { BATCH17 as PY_RULES_BATCH17 } from "./py-rules-batch17.js";
import { BATCH18 as PY_RULES_BATCH18 } from "./py-rules-batch18.js";
import { BATCH19 as PY_RULES_BATCH19 } from "./py-rules-batch19.js";
import { BATCH20 as PY_RULES_BATCH20 } from "./py-rules-batch20.js";
import { BATCH21 as PY_RULES_BATCH21 } from "./py-rules-batch21.js";
import { BATCH22 as PY_RULES_BATCH22 } from "./py-rules-batch22.js";
import { BATCH23 as PY_RULES_BATCH23 } from "./py-rules-batch23.js";
import { BATCH24 as PY_RULES_BATCH24 } from "./py-rules-batch24.js";
import { BATCH25 as PY_RULES_BATCH25 } from "./py-rules-batch25.js";
import { BATCH26 as PY_RULES_BATCH26 } from "./py-rules-batch26.js";
import { BATCH27 as PY_RULES_BATCH27 } from "./py-rules-batch27.js";
import { BATCH28 as PY_RULES_BATCH28 } from "./py-rules-batch28.js";
import { BATCH29 as PY_RULES_BATCH29 } from "./py-rules-batch29.js";
import { BATCH30 as PY_RULES_BATCH30 } from "./py-rules-batch30.js";
import { BATCH31 as PY_RULES_BATCH31 } from "./py-rules-batch31.js";
import { BATCH32 as PY_RULES_BATCH32 } from "./py-rules-batch32.js";
import { BATCH33 as PY_RULES_BATCH33 } from "./py-rules-batch33.js";
import { BATCH34 as PY_RULES_BATCH34 } from "./py-rules-batch34.js";
import { BATCH35 as PY_RULES_BATCH35 } from "./py-rules-batch35.js";
import { BATCH36 as PY_RULES_BATCH36 } from "./py-rules-batch36.js";
import { BATCH37 as PY_RULES_BATCH37 } from "./py-rules-batch37.js";
import { BATCH38 as PY_RULES_BATCH38 } from "./py-rules-batch38.js";
import { BATCH39 as PY_RULES_BATCH39 } from "./py-rules-batch39.js";
import { BATCH48 as PY_RULES_BATCH48 } from "./py-rules-batch48.js";
import { BATCH49 as PY_RULES_BATCH49 } from "./py-rules-batch49.js";
import { BATCH50 as PY_RULES_BATCH50 } from "./py-rules-batch50.js";
import { BATCH51 as PY_RULES_BATCH51 } from "./py-rules-batch51.js";
import { BATCH52 as PY_RULES_BATCH52 } from "./py-rules-batch52.js";
import { BATCH53 as PY_RULES_BATCH53 } from "./py-rules-batch53.js";
import { BATCH54 as PY_RULES_BATCH54 } from "./py-rules-batch54.js";
import { BATCH55 as PY_RULES_BATCH55 } from "./py-rules-batch55.js";
import { BATCH40 as PY_RULES_BATCH40 } from "./py-rules-batch40.js";
import { BATCH47 as PY_RULES_BATCH47 } from "./py-rules-batch47.js";
import { BATCH41 as PY_RULES_BATCH41 } from "./py-rules-batch41.js";
import { BATCH42 as PY_RULES_BATCH42 } from "./py-rules-batch42.js";
import { BATCH43 as PY_RULES_BATCH43 } from "./py-rules-batch43.js";
import { BATCH44 as PY_RULES_BATCH44 } from "./py-rules-batch44.js";
import { BATCH45 as PY_RULES_BATCH45 } from "./py-rules-batch45.js";
import { BATCH46 as PY_RULES_BATCH46 } from "./py-rules-batch46.js";
import { BATCH56 as PY_RULES_BATCH56 } from "./py-rules-batch56.js";
import { BATCH60 as PY_RULES_BATCH60 } from "./py-rules-batch60.js";
import { BATCH62 as PY_RULES_BATCH62 } from "./py-rules-batch62.js";
import { BATCH61 as PY_RULES_BATCH61 } from "./py-rules-batch61.js";
import { BATCH57 as PY_RULES_BATCH57 } from "./py-rules-batch57.js";
import { BATCH58 as PY_RULES_BATCH58 } from "./py-rules-batch58.js";
import { BATCH59 as PY_RULES_BATCH59 } from "./py-rules-batch59.js";
import { BATCH63 as PY_RULES_BATCH63 } from "./py-rules-batch63.js";
import { BATCH64 as PY_RULES_BATCH64 } from "./py-rules-batch64.js";
import { BATCH65 as PY_RULES_BATCH65 } from "./py-rules-batch65.js";
import { BATCH66 as PY_RULES_BATCH66 } from "./py-rules-batch66.js";
import { BATCH67 as PY_RULES_BATCH67 } from "./py-rules-batch67.js";
import { BATCH68 as PY_RULES_BATCH68 } from "./py-rules-batch68.js";
import { BATCH69 as PY_RULES_BATCH69 } from "./py-rules-batch69.js";
import { BATCH70 as PY_RULES_BATCH70 } from "./py-rules-batch70.js";
import { BATCH71 as PY_RULES_BATCH71 } from "./py-rules-batch71.js";
import { BATCH76 as PY_RULES_BATCH76 } from "./py-rules-batch76.js";
import { BATCH77 as PY_RULES_BATCH77 } from "./py-rules-batch77.js";
import { BATCH75 as PY_RULES_BATCH75 } from "./py-rules-batch75.js";
import { BATCH73 as PY_RULES_BATCH73 } from "./py-rules-batch73.js";
import { BATCH72 as PY_RULES_BATCH72 } from "./py-rules-batch72.js";
import { BATCH74 as PY_RULES_BATCH74 } from "./py-rules-batch74.js";
import { BATCH78 as PY_RULES_BATCH78 } from "./py-rules-batch78.js";
import { BATCH80 as PY_RULES_BATCH80 } from "./py-rules-batch80.js";
import { BATCH79 as PY_RULES_BATCH79 } from "./py-rules-batch79.js";
import { BATCH81 as PY_RULES_BATCH81 } from "./py-rules-batch81.js";
import { BATCH83 as PY_RULES_BATCH83 } from "./py-rules-batch83.js";
import { BATCH85 as PY_RULES_BATCH85 } from "./py-rules-batch85.js";
import { BATCH82 as PY_RULES_BATCH82 } from "./py-rules-batch82.js";
import { BATCH84 as PY_RULES_BATCH84 } from "./py-rules-batch84.js";
import { BATCH86 as PY_RULES_BATCH86 } from "./py-rules-batch86.js";
import { BATCH87 as PY_RULES_BATCH87 } from "./py-rules-batch87.js";
import { BATCH89 as PY_RULES_BATCH89 } from "./py-rules-batch89.js";
import { BATCH88 as PY_RULES_BATCH88 } from "./py-rules-batch88.js";
import { BATCH91 as PY_RULES_BATCH91 } from "./py-rules-batch91.js";
import { BATCH90 as PY_RULES_BATCH90 } from "./py-rules-batch90.js";
import { BATCH93 as PY_RULES_BATCH93 } from "./py-rules-batch93.js";
import { BATCH92 as PY_RULES_BATCH92 } from "./py-rules-batch92.js";
import { BATCH96 as PY_RULES_BATCH96 } from "./py-rules-batch96.js";
import { BATCH95 as PY_RULES_BATCH95 } from "./py-rules-batch95.js";
import { BATCH99 as PY_RULES_BATCH99 } from "./py-rules-batch99.js";
import { BATCH100 as PY_RULES_BATCH100 } from "./py-rules-batch100.js";
import { BATCH94 as PY_RULES_BATCH94 } from "./py-rules-batch94.js";
import { BATCH98 as PY_RULES_BATCH98 } from "./py-rules-batch98.js";
import { BATCH97 as PY_RULES_BATCH97 } from "./py-rules-batch97.js";
import { BATCH101 as PY_RULES_BATCH101 } from "./py-rules-batch101.js";
import { BATCH102 as PY_RULES_BATCH102 } from "./py-rules-batch102.js";
import { BATCH103 as PY_RULES_BATCH103 } from "./py-rules-batch103.js";
import { BATCH104 as PY_RULES_BATCH104 } from "./py-rules-batch104.js";
import { BATCH105 as PY_RULES_BATCH105 } from "./py-rules-batch105.js";
import { BATCH106 as PY_RULES_BATCH106 } from "./py-rules-batch106.js";
import { BATCH108 as PY_RULES_BATCH108 } from "./py-rules-batch108.js";
import { BATCH107 as PY_RULES_BATCH107 } from "./py-rules-batch107.js";
import { BATCH109 as PY_RULES_BATCH109 } from "./py-rules-batch109.js";
import { BATCH111 as PY_RULES_BATCH111 } from "./py-rules-batch111.js";
import { BATCH110 as PY_RULES_BATCH110 } from "./py-rules-batch110.js";
import { CASES as PY_SNIPPETS } from "./py-snippets.js";
import { BATCH7 as PY_SNIPPETS_BATCH7 } from "./py-snippets-batch7.js";
import { BATCH8 as PY_SNIPPETS_BATCH8 } from "./py-snippets-batch8.js";
import { BATCH9 as PY_SNIPPETS_BATCH9 } from "./py-snippets-batch9.js";
import { BATCH10 as PY_SNIPPETS_BATCH10 } from "./py-snippets-batch10.js";
import { BATCH11 as PY_SNIPPETS_BATCH11 } from "./py-snippets-batch11.js";
import { BATCH12 as PY_SNIPPETS_BATCH12 } from "./py-snippets-batch12.js";
import { BATCH13 as PY_SNIPPETS_BATCH13 } from "./py-snippets-batch13.js";
import { BATCH14 as PY_SNIPPETS_BATCH14 } from "./py-snippets-batch14.js";
import { BATCH15 as PY_SNIPPETS_BATCH15 } from "./py-snippets-batch15.js";
import { BATCH16 as PY_SNIPPETS_BATCH16 } from "./py-snippets-batch16.js";
import { BATCH17 as PY_SNIPPETS_BATCH17 } from "./py-snippets-batch17.js";
import { BATCH18 as PY_SNIPPETS_BATCH18 } from "./py-snippets-batch18.js";
import { BATCH19 as PY_SNIPPETS_BATCH19 } from "./py-snippets-batch19.js";
import { BATCH20 as PY_SNIPPETS_BATCH20 } from "./py-snippets-batch20.js";
import { BATCH21 as PY_SNIPPETS_BATCH21 } from "./py-snippets-batch21.js";
import { BATCH22 as PY_SNIPPETS_BATCH22 } from "./py-snippets-batch22.js";
import { BATCH23 as PY_SNIPPETS_BATCH23 } from "./py-snippets-batch23.js";
import { BATCH24 as PY_SNIPPETS_BATCH24 } from "./py-snippets-batch24.js";
import { BATCH25 as PY_SNIPPETS_BATCH25 } from "./py-snippets-batch25.js";
import { BATCH26 as PY_SNIPPETS_BATCH26 } from "./py-snippets-batch26.js";
import { BATCH27 as PY_SNIPPETS_BATCH27 } from "./py-snippets-batch27.js";
import { BATCH28 as PY_SNIPPETS_BATCH28 } from "./py-snippets-batch28.js";
import { BATCH30 as PY_SNIPPETS_BATCH30 } from "./py-snippets-batch30.js";
import { BATCH29 as PY_SNIPPETS_BATCH29 } from "./py-snippets-batch29.js";
import { BATCH31 as PY_SNIPPETS_BATCH31 } from "./py-snippets-batch31.js";
import { BATCH32 as PY_SNIPPETS_BATCH32 } from "./py-snippets-batch32.js";
import { BATCH33 as PY_SNIPPETS_BATCH33 } from "./py-snippets-batch33.js";
import { BATCH34 as PY_SNIPPETS_BATCH34 } from "./py-snippets-batch34.js";
import { BATCH35 as PY_SNIPPETS_BATCH35 } from "./py-snippets-batch35.js";
import { BATCH35B as PY_SNIPPETS_BATCH35B } from "./py-snippets-batch35b.js";
import { BATCH36 as PY_SNIPPETS_BATCH36 } from "./py-snippets-batch36.js";
import { BATCH36B as PY_SNIPPETS_BATCH36B } from "./py-snippets-batch36b.js";
import { BATCH37 as PY_SNIPPETS_BATCH37 } from "./py-snippets-batch37.js";
import { BATCH37B as PY_SNIPPETS_BATCH37B } from "./py-snippets-batch37b.js";
import { BATCH38 as PY_SNIPPETS_BATCH38 } from "./py-snippets-batch38.js";
import { BATCH39 as PY_SNIPPETS_BATCH39 } from "./py-snippets-batch39.js";
import { BATCH40 as PY_SNIPPETS_BATCH40 } from "./py-snippets-batch40.js";
import { BATCH41 as PY_SNIPPETS_BATCH41 } from "./py-snippets-batch41.js";
import { BATCH42 as PY_SNIPPETS_BATCH42 } from "./py-snippets-batch42.js";
import { BATCH43 as PY_SNIPPETS_BATCH43 } from "./py-snippets-batch43.js";
import { BATCH44 as PY_SNIPPETS_BATCH44 } from "./py-snippets-batch44.js";
import { BATCH46 as PY_SNIPPETS_BATCH46 } from "./py-snippets-batch46.js";
import { BATCH45 as PY_SNIPPETS_BATCH45 } from "./py-snippets-batch45.js";
import { BATCH47 as PY_SNIPPETS_BATCH47 } from "./py-snippets-batch47.js";
import { BATCH48 as PY_SNIPPETS_BATCH48 } from "./py-snippets-batch48.js";
import { BATCH49 as PY_SNIPPETS_BATCH49 } from "./py-snippets-batch49.js";
import { BATCH50 as PY_SNIPPETS_BATCH50 } from "./py-snippets-batch50.js";
import { BATCH51 as PY_SNIPPETS_BATCH51 } from "./py-snippets-batch51.js";
import { BATCH52 as PY_SNIPPETS_BATCH52 } from "./py-snippets-batch52.js";
import { BATCH53 as PY_SNIPPETS_BATCH53 } from "./py-snippets-batch53.js";
import { BATCH54 as PY_SNIPPETS_BATCH54 } from "./py-snippets-batch54.js";
import { CASES as PY_WEB } from "./py-web.js";

export type { DevCase };
export const SUITES: Record<string, DevCase[]> = {
  core: DEV_CASES,
  "py-web": PY_WEB,
  "py-snippets": [
    ...PY_SNIPPETS,
    ...PY_SNIPPETS_BATCH7,
    ...PY_SNIPPETS_BATCH8,
    ...PY_SNIPPETS_BATCH9,
    ...PY_SNIPPETS_BATCH10,
    ...PY_SNIPPETS_BATCH11,
    ...PY_SNIPPETS_BATCH12,
    ...PY_SNIPPETS_BATCH13,
    ...PY_SNIPPETS_BATCH14,
    ...PY_SNIPPETS_BATCH15,
    ...PY_SNIPPETS_BATCH16,
    ...PY_SNIPPETS_BATCH17,
    ...PY_SNIPPETS_BATCH18,
    ...PY_SNIPPETS_BATCH19,
    ...PY_SNIPPETS_BATCH20,
    ...PY_SNIPPETS_BATCH21,
    ...PY_SNIPPETS_BATCH22,
    ...PY_SNIPPETS_BATCH23,
    ...PY_SNIPPETS_BATCH24,
    ...PY_SNIPPETS_BATCH25,
    ...PY_SNIPPETS_BATCH26,
    ...PY_SNIPPETS_BATCH27,
    ...PY_SNIPPETS_BATCH28,
    ...PY_SNIPPETS_BATCH30,
    ...PY_SNIPPETS_BATCH29,
    ...PY_SNIPPETS_BATCH31,
    ...PY_SNIPPETS_BATCH32,
    ...PY_SNIPPETS_BATCH33,
    ...PY_SNIPPETS_BATCH34,
    ...PY_SNIPPETS_BATCH35,
    ...PY_SNIPPETS_BATCH35B,
    ...PY_SNIPPETS_BATCH36,
    ...PY_SNIPPETS_BATCH36B,
    ...PY_SNIPPETS_BATCH37,
    ...PY_SNIPPETS_BATCH37B,
    ...PY_SNIPPETS_BATCH38,
    ...PY_SNIPPETS_BATCH39,
    ...PY_SNIPPETS_BATCH40,
    ...PY_SNIPPETS_BATCH41,
    ...PY_SNIPPETS_BATCH42,
    ...PY_SNIPPETS_BATCH43,
    ...PY_SNIPPETS_BATCH44,
    ...PY_SNIPPETS_BATCH46,
    ...PY_SNIPPETS_BATCH45,
    ...PY_SNIPPETS_BATCH47,
    ...PY_SNIPPETS_BATCH48,
    ...PY_SNIPPETS_BATCH49,
    ...PY_SNIPPETS_BATCH50,
    ...PY_SNIPPETS_BATCH51,
    ...PY_SNIPPETS_BATCH52,
    ...PY_SNIPPETS_BATCH53,
    ...PY_SNIPPETS_BATCH54,
  ],
  "js-ts": [
    ...JS_TS,
    ...JS_TS_BATCH3,
    ...JS_TS_BATCH4,
    ...JS_TS_BATCH5,
    ...JS_TS_BATCH6,
    ...JS_TS_BATCH7,
    ...JS_TS_BATCH8,
    ...JS_TS_BATCH9,
    ...JS_TS_BATCH10,
    ...JS_TS_BATCH11,
    ...JS_TS_BATCH12,
    ...JS_TS_BATCH13,
    ...JS_TS_BATCH14,
    ...JS_TS_BATCH15,
    ...JS_TS_BATCH16,
    ...JS_TS_BATCH17,
    ...JS_TS_BATCH18,
    ...JS_TS_BATCH19,
    ...JS_TS_BATCH20,
    ...JS_TS_BATCH21,
    ...JS_TS_BATCH22,
    ...JS_TS_BATCH23,
    ...JS_TS_BATCH24,
    ...JS_TS_BATCH25,
    ...JS_TS_BATCH30,
    ...JS_TS_BATCH31,
    ...JS_TS_BATCH32,
    ...JS_TS_BATCH40,
    ...JS_TS_BATCH41,
    ...JS_TS_BATCH42,
    ...JS_TS_BATCH43,
    ...JS_TS_BATCH44,
    ...JS_TS_BATCH47,
    ...JS_TS_BATCH45,
    ...JS_TS_BATCH46,
    ...JS_TS_BATCH50,
    ...JS_TS_BATCH51,
    ...JS_TS_BATCH52,
    ...JS_TS_BATCH53,
    ...JS_TS_BATCH54,
    ...JS_TS_BATCH55,
    ...JS_TS_BATCH56,
    ...JS_TS_BATCH57,
    ...JS_TS_BATCH58,
    ...JS_TS_BATCH59,
    ...JS_TS_BATCH60,
    ...JS_TS_BATCH67,
    ...JS_TS_BATCH61,
    ...JS_TS_BATCH62,
    ...JS_TS_BATCH63,
    ...JS_TS_BATCH64,
    ...JS_TS_BATCH65,
    ...JS_TS_BATCH68,
    ...JS_TS_BATCH69,
    ...JS_TS_BATCH73,
    ...JS_TS_BATCH74,
    ...JS_TS_BATCH75,
    ...JS_TS_BATCH70,
    ...JS_TS_BATCH71,
    ...JS_TS_BATCH76,
    ...JS_TS_BATCH77,
    ...JS_TS_BATCH78,
    ...JS_TS_BATCH80,
    ...JS_TS_BATCH72,
    ...JS_TS_BATCH83,
    ...JS_TS_BATCH84,
    ...JS_TS_BATCH85,
    ...JS_TS_BATCH88,
    ...JS_TS_BATCH89,
    ...JS_TS_BATCH92,
    ...JS_TS_BATCH98,
    ...JS_TS_BATCH99,
    ...JS_TS_BATCH79,
    ...JS_TS_BATCH81,
    ...JS_TS_BATCH82,
    ...JS_TS_BATCH90,
    ...JS_TS_BATCH86,
    ...JS_TS_BATCH87,
    ...JS_TS_BATCH91,
    ...JS_TS_BATCH97,
    ...JS_TS_BATCH94,
    ...JS_TS_BATCH96,
    ...JS_TS_BATCH93,
    ...JS_TS_BATCH95,
    ...JS_TS_BATCH100,
    ...JS_TS_BATCH103,
    ...JS_TS_BATCH102,
    ...JS_TS_BATCH104,
    ...JS_TS_BATCH101,
    ...JS_TS_BATCH111,
    ...JS_TS_BATCH105,
    ...JS_TS_BATCH106,
    ...JS_TS_BATCH108,
    ...JS_TS_BATCH107,
    ...JS_TS_BATCH109,
    ...JS_TS_BATCH110,
    ...JS_TS_BATCH113,
    ...JS_TS_BATCH112,
    ...JS_TS_BATCH114,
    ...JS_TS_BATCH116,
    ...JS_TS_BATCH118,
    ...JS_TS_BATCH115,
    ...JS_TS_BATCH117,
    ...JS_TS_BATCH123,
    ...JS_TS_BATCH120,
    ...JS_TS_BATCH119,
    ...JS_TS_BATCH122,
    ...JS_TS_BATCH124,
    ...JS_TS_BATCH121,
    ...JS_TS_BATCH125,
    ...JS_TS_BATCH126,
    ...JS_TS_BATCH129,
    ...JS_TS_BATCH127,
    ...JS_TS_BATCH132,
    ...JS_TS_BATCH131,
    ...JS_TS_BATCH133,
    ...JS_TS_BATCH134,
    ...JS_TS_BATCH135,
    ...JS_TS_BATCH136,
    ...JS_TS_BATCH138,
    ...JS_TS_BATCH137,
    ...JS_TS_BATCH140,
    ...JS_TS_BATCH142,
    ...JS_TS_BATCH139,
    ...JS_TS_BATCH143,
    ...JS_TS_BATCH141,
    ...JS_TS_BATCH144,
    ...JS_TS_BATCH145,
    ...JS_TS_BATCH146,
    ...JS_TS_MARKUP,
    ...JS_TS_BATCH147,
    ...JS_TS_BATCH148,
    ...JS_TS_BATCH149,
    ...JS_TS_BATCH149B,
    ...JS_TS_BATCH150,
    ...JS_TS_BATCH151,
    ...JS_TS_BATCH153,
    ...JS_TS_BATCH152,
    ...JS_TS_BATCH154,
    ...JS_TS_BATCH155,
    ...JS_TS_BATCH158,
    ...JS_TS_BATCH156,
    ...JS_TS_BATCH157,
    ...JS_TS_BATCH159,
    ...JS_TS_BATCH163,
    ...JS_TS_BATCH162,
    ...JS_TS_BATCH161,
    ...JS_TS_BATCH160,
    ...JS_TS_BATCH164,
    ...JS_TS_BATCH166,
    ...JS_TS_BATCH167,
    ...JS_TS_BATCH165,
  ],
  "py-rules": [
    ...PY_RULES,
    ...PY_RULES_BATCH15,
    ...PY_RULES_BATCH16,
    ...PY_RULES_BATCH17,
    ...PY_RULES_BATCH18,
    ...PY_RULES_BATCH19,
    ...PY_RULES_BATCH20,
    ...PY_RULES_BATCH21,
    ...PY_RULES_BATCH22,
    ...PY_RULES_BATCH23,
    ...PY_RULES_BATCH24,
    ...PY_RULES_BATCH25,
    ...PY_RULES_BATCH26,
    ...PY_RULES_BATCH27,
    ...PY_RULES_BATCH28,
    ...PY_RULES_BATCH29,
    ...PY_RULES_BATCH30,
    ...PY_RULES_BATCH31,
    ...PY_RULES_BATCH32,
    ...PY_RULES_BATCH33,
    ...PY_RULES_BATCH34,
    ...PY_RULES_BATCH35,
    ...PY_RULES_BATCH36,
    ...PY_RULES_BATCH37,
    ...PY_RULES_BATCH38,
    ...PY_RULES_BATCH39,
    ...PY_RULES_BATCH48,
    ...PY_RULES_BATCH49,
    ...PY_RULES_BATCH50,
    ...PY_RULES_BATCH51,
    ...PY_RULES_BATCH52,
    ...PY_RULES_BATCH53,
    ...PY_RULES_BATCH54,
    ...PY_RULES_BATCH55,
    ...PY_RULES_BATCH40,
    ...PY_RULES_BATCH47,
    ...PY_RULES_BATCH41,
    ...PY_RULES_BATCH42,
    ...PY_RULES_BATCH43,
    ...PY_RULES_BATCH44,
    ...PY_RULES_BATCH45,
    ...PY_RULES_BATCH46,
    ...PY_RULES_BATCH56,
    ...PY_RULES_BATCH60,
    ...PY_RULES_BATCH61,
    ...PY_RULES_BATCH57,
    ...PY_RULES_BATCH58,
    ...PY_RULES_BATCH59,
    ...PY_RULES_BATCH63,
    ...PY_RULES_BATCH66,
    ...PY_RULES_BATCH70,
    ...PY_RULES_BATCH62,
    ...PY_RULES_BATCH64,
    ...PY_RULES_BATCH65,
    ...PY_RULES_BATCH67,
    ...PY_RULES_BATCH68,
    ...PY_RULES_BATCH69,
    ...PY_RULES_BATCH71,
    ...PY_RULES_BATCH76,
    ...PY_RULES_BATCH75,
    ...PY_RULES_BATCH73,
    ...PY_RULES_BATCH72,
    ...PY_RULES_BATCH74,
    ...PY_RULES_BATCH77,
    ...PY_RULES_BATCH78,
    ...PY_RULES_BATCH80,
    ...PY_RULES_BATCH79,
    ...PY_RULES_BATCH81,
    ...PY_RULES_BATCH83,
    ...PY_RULES_BATCH85,
    ...PY_RULES_BATCH82,
    ...PY_RULES_BATCH84,
    ...PY_RULES_BATCH86,
    ...PY_RULES_BATCH87,
    ...PY_RULES_BATCH89,
    ...PY_RULES_BATCH90,
    ...PY_RULES_BATCH88,
    ...PY_RULES_BATCH91,
    ...PY_RULES_BATCH93,
    ...PY_RULES_BATCH92,
    ...PY_RULES_BATCH96,
    ...PY_RULES_BATCH95,
    ...PY_RULES_BATCH94,
    ...PY_RULES_BATCH98,
    ...PY_RULES_BATCH99,
    ...PY_RULES_BATCH97,
    ...PY_RULES_BATCH100,
    ...PY_RULES_BATCH101,
    ...PY_RULES_BATCH102,
    ...PY_RULES_BATCH103,
    ...PY_RULES_BATCH104,
    ...PY_RULES_BATCH105,
    ...PY_RULES_BATCH106,
    ...PY_RULES_BATCH108,
    ...PY_RULES_BATCH107,
    ...PY_RULES_BATCH109,
    ...PY_RULES_BATCH111,
    ...PY_RULES_BATCH110,
  ],
};
