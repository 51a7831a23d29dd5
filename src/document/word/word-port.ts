import type { DocumentPort } from '../port';
import type { WordHost } from './host';
import { insertBlocksInWord } from './insert-blocks';
import type { InsertState } from './insertion';
import { readCareerStageInWord, saveCareerStageInWord } from './career-stage';
import { readTextInWord } from './read-text';
import { readDocumentModelInWord, type ReadState } from './read-model';
import { selectBlockInWord, selectParagraphInWord } from './select-block';
import { replaceBlockTextInWord } from './replace-block';
import { insertComposedBlockInWord } from './insert-composed-block';
import { insertListInWord } from './insert-list';
import { readBlockTagsInWord } from './block-tags';

/** The document port for Word. The manifest asks for WordApi 1.1; each capability file names what it needs beyond that. */
export function createWordPort(host: WordHost): DocumentPort {
  const state: InsertState = { contentControlsRefused: false, noticeGiven: false };
  const read: ReadState = { controlIds: [], paragraphCount: 0 };
  return {
    documentLabel: 'the document',
    insertBlocks: (blocks, options) => insertBlocksInWord(host, blocks, options, state),
    insertDescriptorList: (list, options) => insertListInWord(host, list, options, state),
    readCareerStage: () => readCareerStageInWord(host),
    saveCareerStage: (name) => saveCareerStageInWord(host, name),
    readText: () => readTextInWord(host),
    readDocumentModel: () => readDocumentModelInWord(host, read),
    selectBlock: (blockIndex) => selectBlockInWord(host, read, blockIndex),
    selectParagraph: (index) => selectParagraphInWord(host, read, index),
    replaceBlockText: (blockIndex, text) => replaceBlockTextInWord(host, read, blockIndex, text),
    insertComposedBlock: (block, options) => insertComposedBlockInWord(host, block, options, state),
    readBlockTags: () => readBlockTagsInWord(host),
  };
}
