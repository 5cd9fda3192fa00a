import { extractTargets } from "./src/extract/targets/index.js";
const s = `三、工作目标：1.教学质量稳中有升，中考升学率提高5个百分点。2.培养市级骨干教师2-3名，区级学科带头人1名。3.每学年组织教师基本功比赛一次。4.确保每名学生掌握1-2项体育运动技能。5.学校图书人均30册以上。6.举办读书节、科技节、艺术节等三大节日活动。7.每周安排两节劳动课，每学期至少开展两次研学活动。8.家访率100%，每学期每位班主任家访不少于10户。9.教师培训每人每年不少于72学时。10.全校学生体质健康测试优良率达60%。第10届运动会将于10月举行。十四五期间建成3所新校。`;
for (const t of extractTargets(s)) console.log(t.text, t.value, t.max, t.unit, t.comparator, t.per, t.approximate, t.subject);
