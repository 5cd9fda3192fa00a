import { evalPeerNumbers } from "./test/eval/peer-numbers.js";
console.log(JSON.stringify(evalPeerNumbers()));
